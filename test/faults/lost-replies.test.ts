import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { DEMO_DEVICE_IDS } from '../../lambda/adapters/demo/demo-data';
import { dynamoContactStore } from '../../lambda/adapters/dynamodb/dynamo-contact-store';
import type { Documents } from '../../lambda/adapters/dynamodb/documents';
import type { Handoff } from '../../lambda/domain/handoff';
import { dynaliteForTests, losingFirstWrite } from '../adapters/dynamo.support';
import { Conversation, testSkill } from '../support/harness';
import type { Caller } from '../support/requests';

/** "Yes, book it" when the store's write gets no answer: the customer hears what really happened, in time. */
const local = dynaliteForTests();
const FIRE_TV: Caller = { deviceId: DEMO_DEVICE_IDS.fireTv, accessToken: 'demo-token-alex', screen: 'TV', grantedScopes: ['alexa::profile:mobile_number:read'] };
const handoff: Handoff = { team: 'FIRE_TV', reason: 'CUSTOMER_ASKED', stepsTried: [] };
/** The harness's backend timeout is 300 ms: a booking may take two, plus a little. */
const BOOKING_BUDGET_MS = 1000;

/** Books through `wire` on a fresh table; reports the reply, how long it took, and what the table holds. */
async function sayYesToBooking(wire: (documents: Documents) => Documents) {
  const tableName = await local.freshTable();
  const contacts = dynamoContactStore({ documents: wire(local.documents()), tableName, timeoutMs: 300 });
  const c = new Conversation(FIRE_TV, testSkill({ contacts }, FIRE_TV.grantedScopes));
  await c.seed({ handoff }).intent('TalkToAgentIntent');
  await c.intent('ChooseChannelIntent', { channel: { spoken: 'callback', id: 'CALLBACK' } });
  const started = Date.now();
  const reply = await c.intent('AMAZON.YesIntent');
  const ms = Date.now() - started;
  const healthy = dynamoContactStore({ documents: local.documents(), tableName, timeoutMs: 300 });
  return { reply, ms, queued: (await healthy.queue('FIRE_TV')).length };
}

it.each(['REPLY_DROPPED', 'REPLY_NEVER_CAME'] as const)('%s after the booking was written: the customer hears it is booked', async (loss) => {
  const { reply, ms, queued } = await sayYesToBooking((documents) => losingFirstWrite(documents, loss));
  expect(reply.speech).toMatch(/^Done: our Fire TV team will call/);
  expect(queued).toBe(1);
  expect(ms).toBeLessThan(BOOKING_BUDGET_MS);
});

it('the booking request itself lost: the customer hears it is not booked, and nothing is queued', async () => {
  const { reply, queued } = await sayYesToBooking((documents) => losingFirstWrite(documents, 'REQUEST_DROPPED'));
  expect(reply.speech).toContain('your callback is not booked');
  expect(queued).toBe(0);
});

it('a store that falls silent once the booking is written: never "not booked", and the reply stays in time', async () => {
  const fallsSilent = (documents: Documents): Documents => {
    let silent = false;
    return {
      async send(command) {
        if (silent) return new Promise(() => undefined);
        const answer = await documents.send(command);
        silent = command instanceof TransactWriteCommand;
        return silent ? new Promise(() => undefined) : answer;
      },
    };
  };
  const { reply, ms, queued } = await sayYesToBooking(fallsSilent);
  expect(reply.speech).toContain("can't tell yet whether your callback is booked");
  expect(queued).toBe(1);
  expect(ms).toBeLessThan(BOOKING_BUDGET_MS);
});
