import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DAY_MS, epochSeconds, sender, type Documents } from '../dynamodb/documents';
import { redemptionOf, type CallbackLink, type ChatInvite, type ConnectRecords } from './records';

/** Links outlive the callback's time by this much, then DynamoDB's TTL deletes them. */
const KEEP_LINK_MS = 30 * DAY_MS;

const linkKey = (callbackId: string) => ({ pk: `CONNECT#${callbackId}`, sk: 'LINK' });
const inviteKey = (token: string) => ({ pk: `CHATLINK#${token}`, sk: 'INVITE' });

/** The Connect companion's records in the skill's table (docs/storage.md), beside the contacts they belong to. */
export function dynamoConnectRecords(options: { documents: Documents; tableName: string; timeoutMs: number }): ConnectRecords {
  const TableName = options.tableName;
  const send = sender(options.documents, options.timeoutMs);
  const get = async <T>(Key: Record<string, string>, what: string) =>
    (await send<{ Item?: T & { pk: string; sk: string; expiresAt: number } }>(new GetCommand({ TableName, Key, ConsistentRead: true }), what)).Item;
  const strip = <T>(item: T & { pk: string; sk: string; expiresAt: number }): T => {
    const { pk, sk, expiresAt, ...rest } = item;
    return rest as unknown as T;
  };
  return {
    async callbackLink(callbackId) {
      const item = await get<CallbackLink>(linkKey(callbackId), 'read Connect link');
      return item && strip(item);
    },
    async saveCallbackLink(link) {
      const Item = { ...linkKey(link.callbackId), ...link, expiresAt: epochSeconds(Date.parse(link.scheduledFor) + KEEP_LINK_MS) };
      await send(new PutCommand({ TableName, Item }), 'save Connect link');
    },
    async saveChatInvite(invite) {
      const Item = { ...inviteKey(invite.token), ...invite, expiresAt: epochSeconds(Date.parse(invite.validUntil) + DAY_MS) };
      try {
        await send(new PutCommand({ TableName, Item, ConditionExpression: 'attribute_not_exists(pk)' }), 'save chat invite');
      } catch (error) {
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      }
    },
    async redeemChatInvite(token, now) {
      try {
        const { Attributes } = await send<{ Attributes: ChatInvite & { pk: string; sk: string; expiresAt: number } }>(
          new UpdateCommand({
            TableName,
            Key: inviteKey(token),
            UpdateExpression: 'SET usedAt = :now',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND validUntil > :now',
            ExpressionAttributeValues: { ':now': now },
            ReturnValues: 'ALL_NEW',
          }),
          'redeem chat invite',
        );
        return { outcome: 'REDEEMED', invite: strip(Attributes) };
      } catch (error) {
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      }
      // Not redeemed by this call: the invite says why.
      const item = await get<ChatInvite>(inviteKey(token), 'read chat invite');
      return redemptionOf(item && strip(item), now);
    },
    async releaseChatInvite(token) {
      await send(new UpdateCommand({ TableName, Key: inviteKey(token), UpdateExpression: 'REMOVE usedAt' }), 'release chat invite');
    },
  };
}
