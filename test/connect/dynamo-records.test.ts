import { dynamoConnectRecords } from '../../lambda/adapters/connect/dynamo-records';
import { memoryConnectRecords, type ConnectRecords } from '../../lambda/adapters/connect/records';
import { dynaliteForTests } from '../adapters/dynamo.support';

const local = dynaliteForTests();
const NOW = '2026-11-23T18:00:00.000Z';
const invite = { token: 'token-0123456789abcdef', chatId: 'chat-1', team: 'FIRE_TV' as const, validUntil: '2026-11-23T19:00:00.000Z' };

function recordsContract(open: () => Promise<ConnectRecords>) {
  let records: ConnectRecords;
  beforeEach(async () => {
    records = await open();
  });

  it('remembers where a callback stands in Connect', async () => {
    expect(await records.callbackLink('cb-1')).toBeUndefined();
    await records.saveCallbackLink({ callbackId: 'cb-1', scheduledFor: NOW, taskContactId: 'task-1' });
    await records.saveCallbackLink({ callbackId: 'cb-1', scheduledFor: NOW, scheduleName: 'callback-cb-1-abc' });
    expect(await records.callbackLink('cb-1')).toEqual({ callbackId: 'cb-1', scheduledFor: NOW, scheduleName: 'callback-cb-1-abc' });
  });

  it('lets exactly one of several pages opening the same link at once redeem it', async () => {
    await records.saveChatInvite(invite);
    await records.saveChatInvite({ ...invite, chatId: 'chat-other' });
    const results = await Promise.all([1, 2, 3].map(() => records.redeemChatInvite(invite.token, NOW)));
    expect(results.filter((r) => r.outcome === 'REDEEMED')).toEqual([{ outcome: 'REDEEMED', invite: { ...invite, usedAt: NOW } }]);
    expect(results.filter((r) => r.outcome === 'USED')).toHaveLength(2);
  });

  it('gives a released link back, and refuses one past its time or never issued', async () => {
    await records.saveChatInvite(invite);
    await records.redeemChatInvite(invite.token, NOW);
    await records.releaseChatInvite(invite.token);
    expect((await records.redeemChatInvite(invite.token, NOW)).outcome).toBe('REDEEMED');
    await records.releaseChatInvite(invite.token);
    expect(await records.redeemChatInvite(invite.token, invite.validUntil)).toEqual({ outcome: 'EXPIRED' });
    expect(await records.redeemChatInvite('never-issued-token', NOW)).toEqual({ outcome: 'UNKNOWN' });
  });
}

describe('the Connect records in memory', () => recordsContract(async () => memoryConnectRecords()));
describe('the Connect records in DynamoDB (on dynalite)', () =>
  recordsContract(async () => dynamoConnectRecords({ documents: local.documents(), tableName: await local.freshTable(), timeoutMs: 5000 })));
