import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ProgressStore, SavedProgress } from '../../ports/progress-store';
import { DAY_MS, epochSeconds, sender, type Documents } from './documents';

/** How long a conversation left part-way is offered again. */
const KEEP_PROGRESS_MS = 7 * DAY_MS;

/** Saved progress in the single table (docs/storage.md): one item per user, expiring after seven days. */
export function dynamoProgressStore(options: { documents: Documents; tableName: string; timeoutMs: number }): ProgressStore {
  const send = sender(options.documents, options.timeoutMs);
  const TableName = options.tableName;
  const Key = (userId: string) => ({ pk: `PROGRESS#${userId}`, sk: 'PROGRESS' });
  return {
    async load(userId) {
      const { Item } = await send<{ Item?: { progress: SavedProgress; expiresAt: number } }>(
        new GetCommand({ TableName, Key: Key(userId), ConsistentRead: true }),
        'load progress',
      );
      // TTL deletion lags by up to days: an expired item is already gone to the reader.
      if (!Item || Item.expiresAt <= epochSeconds(Date.now())) return undefined;
      return Item.progress;
    },
    async save(userId, progress) {
      const Item = { ...Key(userId), progress, expiresAt: epochSeconds(Date.now() + KEEP_PROGRESS_MS) };
      await send(new PutCommand({ TableName, Item }), 'save progress');
    },
    async clear(userId) {
      await send(new DeleteCommand({ TableName, Key: Key(userId) }), 'clear progress');
    },
  };
}
