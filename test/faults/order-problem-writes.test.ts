import { DEMO_DEVICE_IDS } from '../../lambda/adapters/demo/demo-data';
import type { OrderService } from '../../lambda/ports/backend';
import { FAULTS, faulty } from '../support/faults';
import { Conversation, testSkill } from '../support/harness';
import type { Caller, SlotValues } from '../support/requests';
import { ORDER_PROBLEM_INTENTS as I } from '../../lambda/vocabulary/order-problems';

/** Alexa allows about eight seconds for a whole reply; every faulty turn must land well inside it. */
const TURN_BUDGET_MS = 5000;

const alex: Caller = { deviceId: DEMO_DEVICE_IDS.echoDot, accessToken: 'demo-token-alex' };

/** Each write, reached the way a customer reaches it, and what is said only once it is stored. */
const WRITES: { label: string; steps: [string, SlotValues?][]; done: RegExp }[] = [
  { label: 'a replacement', steps: [[I.damaged, { item: { spoken: 'echo dot', id: 'ECHO' } }], ['AMAZON.YesIntent']], done: /ordered a replacement/ },
  { label: 'a return for a wrong item', steps: [[I.wrongItem, { item: { spoken: 'cable', id: 'CABLE' } }], ['AMAZON.YesIntent']], done: /started the return/ },
  { label: 'a return', steps: [[I.returnItem, { item: { spoken: 'cable', id: 'CABLE' } }], ['AMAZON.YesIntent']], done: /started the return/ },
  { label: 'a change of address', steps: [[I.changeOrder, { address: { spoken: 'work', id: 'WORK' } }], ['AMAZON.YesIntent']], done: /^Done/ },
];

async function run(orders: OrderService | undefined, steps: [string, SlotValues?][]) {
  const conversation = new Conversation(alex, testSkill(orders ? { orders } : {}));
  const replies = [];
  for (const [intent, slots] of steps) {
    const started = Date.now();
    replies.push({ reply: await conversation.intent(intent, slots), ms: Date.now() - started });
  }
  return replies;
}

describe.each(WRITES)('$label', ({ steps, done }) => {
  it('is reported done when the order service stores it', async () => {
    const replies = await run(undefined, steps);
    expect(replies.at(-1)!.reply.speech).toMatch(done);
  });

  it.each(FAULTS)('is never reported done when the write is %s, and every turn answers in time', async (fault) => {
    const healthy = testSkill().deps.orders;
    const orders = faulty(healthy, fault, 'orders', ['startReturn', 'requestReplacement', 'changeOrder']);
    const replies = await run(orders, steps);
    for (const { reply, ms } of replies) {
      expect(reply.speech.length).toBeGreaterThan(0);
      expect(ms).toBeLessThan(TURN_BUDGET_MS);
    }
    const last = replies.at(-1)!.reply;
    expect(last.speech).not.toMatch(done);
    expect(last.speech).toContain('orders team');
    expect((await healthy.listReturns('demo-token-alex')).map((r) => r.returnId)).toEqual(['R-0008', 'R-0009']);
  }, 20_000);
});

describe('writes retried with the same Alexa request id', () => {
  it('store one return, one replacement and one change', async () => {
    const { orders } = testSkill().deps;
    const request = { orderId: '114-0000007-0000007', lineId: 'l-7-1', reason: 'WRONG_ITEM' as const, requestId: 'amzn1.echo-api.request.retried' };
    const first = await orders.startReturn('demo-token-alex', request);
    const again = await orders.startReturn('demo-token-alex', request);
    expect(again).toEqual(first);
    expect((await orders.listReturns('demo-token-alex')).filter((r) => r.orderId === request.orderId)).toHaveLength(1);
    const replacement = await orders.requestReplacement('demo-token-alex', { ...request, requestId: 'r-2' });
    expect(await orders.requestReplacement('demo-token-alex', { ...request, requestId: 'r-2' })).toEqual(replacement);
    const changed = await orders.changeOrder('demo-token-alex', '114-0000003-0000003', { quantity: 2, lineId: 'l-3-1' }, 'r-3');
    expect(await orders.changeOrder('demo-token-alex', '114-0000003-0000003', { quantity: 3, lineId: 'l-3-1' }, 'r-3')).toEqual(changed);
    expect((await orders.listOrders('demo-token-alex')).find((o) => o.orderId === '114-0000003-0000003')!.lines![0].quantity).toBe(2);
  });
});

describe('the order service failing to read returns, charges or saved options', () => {
  it.each<[string, string, SlotValues]>([
    ['refund status', I.refundStatus, {}],
    ['a damaged item', I.damaged, { item: { spoken: 'echo dot', id: 'ECHO' } }],
    ['an unknown charge', I.unknownCharge, {}],
    ['a change of address', I.changeOrder, { address: { spoken: 'work', id: 'WORK' } }],
  ])('%s: says orders cannot be reached, in time, for every fault', async (_, intent, slots) => {
    for (const fault of FAULTS) {
      const orders = faulty(testSkill().deps.orders, fault, 'orders', ['listReturns', 'listCharges', 'orderOptions']);
      const [{ reply, ms }] = await run(orders, [[intent, slots]]);
      expect(reply.speech).toContain("I can't reach our order system right now");
      expect(ms).toBeLessThan(TURN_BUDGET_MS);
    }
  }, 20_000);
});
