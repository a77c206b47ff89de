import { Conversation, testSkill } from '../support/harness';
import type { Caller } from '../support/requests';
import { ORDER_PROBLEM_INTENTS as I } from '../../lambda/vocabulary/order-problems';

const ALEX: Caller = { accessToken: 'demo-token-alex', deviceId: 'amzn1.ask.device.DEMO_ECHO_DOT' };
const SAM: Caller = { accessToken: 'demo-token-sam', deviceId: 'amzn1.ask.device.DEMO_ECHO_DOT' };

describe('order problems, at handler level', () => {
  it('replaces a damaged Echo Dot after a yes, once stored', async () => {
    const test = testSkill();
    const c = new Conversation(ALEX, test);
    const reply = await c.intent(I.damaged, { item: { spoken: 'echo dot', id: 'ECHO' } });
    expect(reply.speech).toContain('arrived damaged');
    expect(reply.speech).toContain('Shall I send one?');
    const yes = await c.intent('AMAZON.YesIntent');
    expect(yes.speech).toMatch(/^Done: I've ordered a replacement Echo Dot \(5th Gen\)/);
    expect(yes.card).toMatchObject({ title: 'Replacement ordered' });
  });

  it('offers troubleshooting first for a device that does not work, then a replacement, then a refund', async () => {
    const c = new Conversation(ALEX);
    const reply = await c.intent(I.defective, { item: { spoken: 'fire tv stick', id: 'FIRE_TV' } });
    expect(reply.speech).toContain('troubleshooting steps');
    expect((await c.intent('AMAZON.NoIntent')).speech).toContain('replacement Fire TV Stick 4K Max');
    expect((await c.intent('AMAZON.NoIntent')).speech).toContain('return your Fire TV Stick 4K Max for a refund');
    const done = await c.intent('AMAZON.YesIntent');
    expect(done.speech).toContain("Done: I've started the return for your Fire TV Stick 4K Max");
  });

  it('explains a missing item that ships separately', async () => {
    const reply = await new Conversation(ALEX).intent(I.missingItem, { item: { spoken: 'batteries', id: 'BATTERIES' } });
    expect(reply.speech).toContain('AAA batteries ships in its own package, with USPS. It should arrive tomorrow.');
  });

  it('returns the wrong cable for a refund', async () => {
    const c = new Conversation(ALEX);
    expect((await c.intent(I.wrongItem, { item: { spoken: 'cable', id: 'CABLE' } })).speech).toContain('wrong item was sent');
    expect((await c.intent('AMAZON.YesIntent')).speech).toContain("Done: I've started the return for your HDMI cable");
  });

  it('tells kindly that an item is past its return window, and offers the team', async () => {
    const c = new Conversation(ALEX);
    const reply = await c.intent(I.returnItem, { item: { spoken: 'kindle', id: 'KINDLE' } });
    expect(reply.speech).toContain('the return window for your Kindle Paperwhite closed');
    await c.intent('AMAZON.YesIntent');
    expect(c.state?.handoff).toMatchObject({ team: 'ORDERS', reason: 'ORDER_PROBLEM', order: { orderId: '114-0000010-0000010', item: 'Kindle Paperwhite' } });
  });

  it('says where the refund is, by method', async () => {
    const reply = await new Conversation(ALEX).intent(I.refundStatus);
    expect(reply.speech).toContain('Your refund of $29.99 for the Kindle Kids case was issued yesterday to your Visa ending in 4 2 4 2');
    expect(reply.speech).toContain('3 to 5 business days');
    expect(reply.speech).toContain('Echo Buds is on its way back');
  });

  it('changes the address of the unshipped remote to a saved one, by its short name', async () => {
    const c = new Conversation(ALEX);
    const ask = await c.intent(I.changeOrder, { change: { spoken: 'address', id: 'ADDRESS' } });
    expect(ask.speech).toContain('Home, Work or Mom');
    const confirm = await c.intent(I.changeOrder, { address: { spoken: 'work', id: 'WORK' } });
    expect(confirm.speech).toContain('ship it to Work');
    expect(confirm.speech).toContain('delivery date may change');
    expect((await c.intent('AMAZON.YesIntent')).speech).toMatch(/^Done: I'll ship it to Work/);
  });

  it('hands a charge nobody recognises to the orders team as possible fraud, urgently', async () => {
    const c = new Conversation(ALEX);
    const first = await c.intent(I.unknownCharge);
    expect(first.speech).toContain("I'll never ask for a card number or security code");
    expect(first.speech).toContain('Was it $11.99');
    await c.intent('AMAZON.NoIntent');
    await c.intent('AMAZON.NoIntent');
    const last = await c.intent('AMAZON.NoIntent');
    expect(last.speech).toContain("can't match that charge");
    expect(c.state?.handoff).toMatchObject({ team: 'ORDERS', reason: 'POSSIBLE_FRAUD' });
  });

  it('explains a subscription charge', async () => {
    const c = new Conversation(ALEX);
    await c.intent(I.unknownCharge, { amount: '11' });
    expect((await c.intent('AMAZON.YesIntent')).speech).toContain("That's your Kindle Unlimited");
  });

  it('lists what was ordered in a week', async () => {
    const reply = await new Conversation(ALEX).intent(I.history, { date: '2026-W47' });
    expect(reply.speech).toMatch(/^You ordered /);
  });

  it('offers the orders team to an account with no orders', async () => {
    const c = new Conversation(SAM);
    expect((await c.intent(I.damaged)).speech).toContain("I don't see any orders on your account");
    expect((await c.intent('AMAZON.YesIntent')).speech).toContain('orders team');
  });

  it('asks an unlinked customer to link the account', async () => {
    const reply = await new Conversation({}).intent(I.refundStatus);
    expect(reply.card).toEqual({ type: 'LinkAccount' });
  });
});
