import nock from 'nock';
import { runTranscript } from '../support/transcript';

const alex = { accessToken: 'demo-token-alex' };

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

/** The order read-out, waiting for "would you like to hear them?". */
const ORDERS_READ = `
  U: ask device help desk where's my order
  A: most urgent first ... Would you like to hear them?
  A?
`;

/** Conversations that once trapped the customer in the same question, resolved through the model and answered by the bundle. */
describe('no question traps the customer, spoken', () => {
  it('asks a question it did not understand once more, then offers a person, then says how to come back', async () => {
    await runTranscript(
      `
      U: open device help desk
      U: purple monkey dishwasher
      A: Sorry, I ... Is it about a device ... or about an order?
      U: purple monkey dishwasher
      A: I'm sorry, I'm still not following. A person can help: is it about an Echo, a Fire TV, a Kindle, or an order?
      A?
      U: purple monkey dishwasher
      A: Sorry, I ... Which team should I put you through to
      U: purple monkey dishwasher
      A: You can come back any time: just say, open Device Help Desk. Goodbye.
      A!
    `,
      alex,
    );
  });

  it('reads the cable orders when asked about the cable after the read-out', async () => {
    await runTranscript(
      `${ORDERS_READ}
      U: what about my cable
      A: USB-C charging cable from CableCo has shipped ... HDMI cable was delivered
    `,
      alex,
    );
  });

  it('reads the order ending in 0004 when asked for it after the read-out', async () => {
    await runTranscript(
      `${ORDERS_READ}
      U: the one ending in 0004
      A: About your order ending in 0004: ... Echo Dot smart plug bundle is running late
    `,
      alex,
    );
  });

  it('takes "thanks, that\'s all" after the read-out as no more orders, and closes politely on the next no', async () => {
    await runTranscript(
      `${ORDERS_READ}
      U: thanks, that's all
      A: Okay. Is there anything else I can help with?
      A?
      U: no
      A: Goodbye | Take care
      A!
    `,
      alex,
    );
  });

  it('starts a chat with the device team when asked for one during a troubleshooting step', async () => {
    await runTranscript(
      `
      U: ask device help desk my fire tv has no picture
      A: one step at a time ... HDMI input ... Did that fix it?
      U: I want to chat with someone
      A: I've sent a chat link for our Fire TV team to your Alexa app
      CARD: Fire TV
    `,
      { ...alex, device: 'fire-tv' },
    );
  });
});
