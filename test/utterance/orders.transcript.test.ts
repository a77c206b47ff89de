import nock from 'nock';
import { runTranscript } from '../support/transcript';

const alex = { accessToken: 'demo-token-alex' };

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

/** Order conversations resolved through the committed interaction model, answered by the built bundle. */
describe('orders, spoken', () => {
  it("reads where the orders are, three at a time, in the device's time zone", async () => {
    const apiCalls: string[] = [];
    await runTranscript(
      `
      U: ask device help desk where's my order
      A: most urgent first ... smart plug bundle is running late ... Kindle Paperwhite cover ... arrive tomorrow ... Would you like to hear them?
      A?
      CARD: Your orders ... 114-0000001-0000001
      U: yes
      A: Fire TV Alexa Voice Remote ... Echo Show 8 was delivered ... more recent orders
      A?
      U: no
      A: Okay. Is there anything else
      U: no
      A: Goodbye | Take care
      A!
    `,
      { ...alex, apiCalls },
    );
    // Each order turn asks Alexa for the time zone once and sends one progressive response.
    const timeZone = 'GET /v2/devices/amzn1.ask.device.DEMO_ECHO_DOT/settings/System.timeZone';
    expect([...apiCalls].sort()).toEqual([timeZone, timeZone, 'POST /v1/directives', 'POST /v1/directives']);
  });

  it('finds an order by item and by its last digits', async () => {
    await runTranscript(
      `
      U: ask device help desk where is my kindle cover
      A: order ending in 0001 ... shipped with UPS ... arrive tomorrow
      U: order ending in 0003
      A: Fire TV Alexa Voice Remote ... hasn't shipped yet
    `,
      alex,
    );
  });

  it('handles a late order and hands it to the orders team', async () => {
    await runTranscript(
      `
      U: ask device help desk my order is late
      A: I'm sorry ... running late ... It was due ... weather delay ... put you in touch
      A?
      U: yes
      A: orders team
    `,
      alex,
    );
  });

  it('walks through a package that shows delivered but never came', async () => {
    await runTranscript(
      `
      U: ask device help desk my package never arrived
      A: Echo Show 8 was delivered ... neighbours ... delivery photo ... more than 48 hours ... put you in touch
      A?
      U: no
      A: anything else
    `,
      alex,
    );
  });

  it('cancels the unshipped remote after a yes, and not the shipped cover', async () => {
    await runTranscript(
      `
      U: open device help desk
      U: cancel my remote order
      A: cancel your Fire TV Alexa Voice Remote, order ending in 0003. Shall I cancel it?
      A?
      U: yes
      A: Done: I've cancelled your Fire TV Alexa Voice Remote
      CARD: Order cancelled ... 114-0000003-0000003
      U: yes
      A: about an order
      U: cancel my kindle cover
      A: already shipped ... return it from Your Orders
      U: cancel
      A!
    `,
      alex,
    );
  });

  it('asks to link the account when none is linked', async () => {
    const [reply] = await runTranscript(`
      U: ask device help desk where's my order
      A: need your account linked ... Alexa app
      A!
    `);
    expect(reply.response.card).toEqual({ type: 'LinkAccount' });
  });
});
