import { DEMO_DEVICE_IDS } from '../../lambda/adapters/demo/demo-data';
import { handoffSummary } from '../../lambda/domain/handoff-summary';
import type { ContactRequest } from '../../lambda/domain/contacts/contact';
import type { Team } from '../../lambda/domain/support/channel';
import { Conversation, type TestSkill } from '../support/harness';
import type { Caller } from '../support/requests';

const ALEX: Caller = { deviceId: DEMO_DEVICE_IDS.echoDot, accessToken: 'demo-token-alex' };
const SAM: Caller = { deviceId: DEMO_DEVICE_IDS.echoDot, accessToken: 'demo-token-sam' };
const chat = { channel: { spoken: 'chat', id: 'CHAT' } };

/** What the team finds in its queue: the one contact the conversation made. */
async function received(test: TestSkill, team: Team): Promise<ContactRequest> {
  const queue = await test.deps.contacts.queue(team);
  expect(queue).toHaveLength(1);
  return queue[0];
}

/** Faults of issue 11: the team's handoff carries what the customer already told the desk, and the customer hears what it carries. */
describe('handoffs that carry everything', () => {
  it('a person asked for after an order was named gets that order, its item and status', async () => {
    const c = new Conversation(ALEX);
    await c.intent('OrderStatusIntent', { item: { spoken: 'kindle cover', id: 'KINDLE_ACCESSORY' } });
    expect((await c.intent('TalkToAgentIntent')).speech).toContain('orders team');
    const sent = await c.intent('ChooseChannelIntent', chat);
    expect(sent.speech).toContain("They'll already have your Kindle Paperwhite cover order, so you won't need to repeat it.");
    const { handoff } = await received(c.test, 'ORDERS');
    expect(handoff).toMatchObject({ reason: 'CUSTOMER_ASKED', order: { orderId: '114-0000001-0000001', item: 'Kindle Paperwhite cover', status: 'SHIPPED' }, asked: { channel: 'CHAT' } });
    expect(handoffSummary(handoff)).toBe('Order 114-0000001-0000001, Kindle Paperwhite cover: shipped. The customer asked for a person. They asked for a chat.');
  });

  it('a chat asked for during the steps carries the device, the problem in both words, and each step with its answer', async () => {
    const c = new Conversation(ALEX);
    await c.intent('DescribeProblemIntent', { symptom: { spoken: 'keeps dropping off the wifi', id: 'OFFLINE' } });
    await c.intent('DidNotHelpIntent');
    const sent = await c.intent('ChooseChannelIntent', chat);
    expect(sent.speech).toContain("They'll already have the details of your Kitchen Echo Dot, the problem and the step we tried, so you won't need to repeat it.");
    expect(sent.speech).not.toContain('everything');
    const { handoff } = await received(c.test, 'ECHO');
    expect(handoff).toMatchObject({
      reason: 'CUSTOMER_ASKED',
      device: { family: 'ECHO', model: 'Echo Dot (5th Gen)', name: 'Kitchen Echo Dot', status: expect.stringContaining('Wi-Fi signal weak') },
      problem: { symptomId: 'OFFLINE', description: 'offline', said: 'keeps dropping off the wifi' },
      stepsTried: [{ stepId: 'status.WEAK_WIFI', answer: 'did not help', instruction: expect.stringContaining('closer to your Wi-Fi router') }],
      asked: { channel: 'CHAT' },
    });
    const summary = handoffSummary(handoff);
    expect(summary).toMatch(/^Kitchen Echo Dot, an Echo Dot \(5th Gen\): offline\. The customer asked for a person before the steps were finished\. In the customer's words: "keeps dropping off the wifi"\. Device status: .*Wi-Fi signal weak\. Tried: 1\. .*closer to your Wi-Fi router.* Answer: did not help\. They asked for a chat\.$/);
  });

  it('a chat asked for during the steps leaves nothing to carry on: the next session greets, the steps are with the team', async () => {
    const c = new Conversation(ALEX);
    await c.intent('DescribeProblemIntent', { symptom: { spoken: 'keeps dropping off the wifi', id: 'OFFLINE' } });
    await c.intent('DidNotHelpIntent');
    await c.intent('ChooseChannelIntent', chat);
    const next = new Conversation(ALEX, c.test);
    expect((await next.launch()).speech).toMatch(/^Welcome to Device Help Desk\./);
  });

  it('a callback asked for with a time carries that time, as the customer said it', async () => {
    const c = new Conversation(ALEX);
    await c.intent('DescribeProblemIntent', { symptom: { spoken: 'keeps dropping off the wifi', id: 'OFFLINE' } });
    await c.intent('ScheduleCallbackIntent', { date: '2026-11-24', time: 'AF' });
    expect(c.state?.handoff).toMatchObject({ team: 'ECHO', device: { name: 'Kitchen Echo Dot' }, asked: { channel: 'CALLBACK', when: 'Tuesday, November 24, in the afternoon' } });
  });

  it('a device named but no problem: the customer hears what the team has, and what it does not', async () => {
    const c = new Conversation(ALEX);
    await c.intent('SupportIntent', { device: { spoken: 'fire tv', id: 'FIRE_TV' } });
    const sent = await c.intent('ChooseChannelIntent', chat);
    expect(sent.speech).toContain("They'll already have the details of your Living Room Fire TV, so you won't need to repeat it.");
    expect((await received(c.test, 'FIRE_TV')).handoff).toMatchObject({ device: { name: 'Living Room Fire TV', model: 'Fire TV Stick 4K Max' } });
  });

  it.each([
    ['asked for a person outright', (c: Conversation) => c.intent('TalkToAgentIntent')],
    ['offered a person after two answers that fit nothing', async (c: Conversation) => {
      await c.intent('AMAZON.FallbackIntent');
      return c.intent('AMAZON.FallbackIntent');
    }],
  ])('a device known only by its kind, %s: the account\'s only device of that family goes to the team', async (_how, toPerson) => {
    const c = new Conversation(ALEX).seed({ topic: 'DEVICE', deviceKind: 'KINDLE', pending: { id: 'support.device' } });
    expect((await toPerson(c)).speech).toContain('Kindle team');
    const sent = await c.intent('ChooseChannelIntent', chat);
    expect(sent.speech).toContain("They'll already have the details of your Kindle");
    expect((await received(c.test, 'KINDLE')).handoff).toMatchObject({ device: { family: 'KINDLE', name: "Alex's Kindle", model: 'Kindle Paperwhite (11th Gen)' } });
  });

  it('nothing named: the customer is told the team has no details yet', async () => {
    const c = new Conversation(ALEX).seed({ topic: 'ORDER' });
    const sent = await c.intent('ChooseChannelIntent', chat);
    expect(sent.speech).toContain("They won't have any details yet, so please tell them what it's about.");
  });

  it.each([
    ['PackageNotReceivedIntent', 'ORDER_NOT_RECEIVED'],
    ['OrderLateIntent', 'ORDER_LATE'],
  ])('an account with no orders reporting an order problem (%s) is offered the orders team with what they said', async (intent, reason) => {
    const c = new Conversation(SAM);
    const offer = await c.intent(intent, { item: { spoken: 'echo show', id: 'ECHO_SHOW' } });
    expect(offer.speech).toBe("I don't see any recent orders on your account, so I can't check that delivery here. Would you like me to put you in touch with our orders team?");
    expect(offer.endsSession).toBe(false);
    expect((await c.intent('AMAZON.YesIntent')).speech).toContain('orders team');
    const sent = await c.intent('ChooseChannelIntent', chat);
    expect(sent.speech).toContain("They'll already have what you told me");
    const { handoff } = await received(c.test, 'ORDERS');
    expect(handoff).toMatchObject({ reason, asked: { words: 'echo show', channel: 'CHAT' }, finding: 'the account has no orders' });
    expect(handoffSummary(handoff)).toContain('In the customer\'s words: "echo show". The account has no orders.');
  });
});
