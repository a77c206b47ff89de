import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTableIfMissing } from '../adapters/dynamodb/create-table';
import { documentClient } from '../adapters/dynamodb/documents';
import { dynamoStores, type Stores } from '../adapters/dynamodb/dynamo-stores';
import { DEFAULT_TABLE_NAME } from '../adapters/dynamodb/table';
import { startLocalDynamo } from './transactional-dynalite';

/** Where `npm start` and `npm run serve` keep callbacks and saved progress unless LOCAL_DATA says otherwise. */
export const DEFAULT_LOCAL_FOLDER = join(__dirname, '..', '..', '.local-data', 'dynamodb');

export interface LocalStore extends Stores {
  /** The folder the data lives in, or "memory". */
  where: string;
  close(): Promise<void>;
}

/**
 * The stores on an embedded DynamoDB (dynalite) in `folder`, so callbacks and saved progress survive a
 * restart; `folder` "memory" keeps them in memory instead. The table is created when missing.
 */
export async function openLocalStore(folder: string = DEFAULT_LOCAL_FOLDER, timeoutMs = 5000): Promise<LocalStore> {
  const inMemory = folder === 'memory';
  if (!inMemory) mkdirSync(folder, { recursive: true });
  const dynamo = await startLocalDynamo({ path: inMemory ? undefined : resolve(folder) });
  const documents = documentClient(timeoutMs, {
    endpoint: dynamo.endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    await createTableIfMissing(documents, DEFAULT_TABLE_NAME);
  } catch (error) {
    await dynamo.close();
    throw error;
  }
  return {
    ...dynamoStores({ tableName: DEFAULT_TABLE_NAME, timeoutMs, documents }),
    where: inMemory ? 'memory' : resolve(folder),
    close: async () => {
      documents.destroy();
      await dynamo.close();
    },
  };
}
