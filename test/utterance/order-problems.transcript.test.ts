import nock from 'nock';
import { runTranscript } from '../support/transcript';

const alex = { accessToken: 'demo-token-alex' };
const sam = { accessToken: 'demo-token-sam' };

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

/** Order problems resolved through the committed interaction model, answered by the built bundle. */
describe('order problems, spoken one-shot', () => {
  it.each([
    ['the echo dot i got is broken', "I'm sorry your Echo Dot (5th Gen) arrived damaged ... replacement ... Shall I send one?"],
    ["the fire tv stick i ordered doesn't work", 'troubleshooting steps ... Would you like to try them first?'],
    ['they sent me the wrong cable', 'wrong item instead of your HDMI cable ... "wrong item was sent" ... Shall I start the return?'],
    ['my batteries were missing from the package', 'AAA batteries ships in its own package, with USPS. It should arrive tomorrow'],
    ['i want to return my cable', 'HDMI cable can still be returned ... Shall I start the return?'],
    ['i want to return my kindle', "I'm sorry, the return window for your Kindle Paperwhite closed ... orders team?"],
    ["where's my refund", 'refund of $29.99 for the Kindle Kids case was issued yesterday to your Visa ending in 4 2 4 2 ... 3 to 5 business days ... Echo Buds is on its way back'],
    ['i need to change the address on my order', "Where should it go: Home, Work or Mom's house?"],
    ["what's this charge from amazon", "never ask for a card number or security code. Was it $11.99"],
    ['what did i order last week', 'You ordered'],
    ['the book i got has blank pages', "blank pages at the end: those aren't defects ... orders team?"],
  ])('"%s"', async (said, answer) => {
    await runTranscript(
      `
      U: ask device help desk ${said}
      A: ${answer}
      A?
    `,
      alex,
    );
  });
});

describe('order problems, in a conversation', () => {
  it('sends a replacement for an item missing from the package without asking for "the old one" back', async () => {
    const replies = await runTranscript(
      `
      U: open device help desk
      U: an item is missing from my order
      A: wasn't in the package ... Shall I send one?
      U: yes
      A: I've ordered a replacement Echo Show 8 for you, at no cost.
    `,
      alex,
    );
    const done = replies[replies.length - 1].response;
    expect(JSON.stringify(done)).not.toMatch(/old one back|Return the original/);
  });

  it('replaces the damaged Echo Dot, then returns the wrong cable, then checks the refund', async () => {
    await runTranscript(
      `
      U: open device help desk
      U: the echo dot i got is broken
      A: arrived damaged ... Shall I send one?
      U: yes
      A: Done: I've ordered a replacement Echo Dot (5th Gen) ... QR code
      CARD: Replacement ordered ... 114-0000006-0000006
      U: they sent me the wrong cable
      A: Shall I start the return?
      U: yes
      A: Done: I've started the return for your HDMI cable ... UPS Store
      CARD: Return started ... 114-0000007-0000007
      U: where's my refund
      A: Kindle Kids case ... HDMI cable is ready to drop off
      U: no
      A: Goodbye | Take care
      A!
    `,
      alex,
    );
  });

  it('changes the unshipped remote to the Work address, then pays with the Mastercard', async () => {
    await runTranscript(
      `
      U: open device help desk
      U: i need to change the address on my order
      A: Home, Work or Mom's house
      U: send it to work
      A: ship it to Work, for your Fire TV Alexa Voice Remote, order ending in 0003. The delivery date may change. Shall I do that?
      U: yes
      A: Done: I'll ship it to Work ... It should now arrive
      U: use my mastercard
      A: pay with your Mastercard ending in 5 5 5 5 ... Shall I do that?
      U: yes
      A: Done: I'll pay with your Mastercard ending in 5 5 5 5
      U: make it two of them
      A: change the quantity to 2 ... Shall I do that?
      U: yes
      A: Done: I'll change the quantity to 2
    `,
      alex,
    );
  });

  it('declines troubleshooting for the Fire TV Stick and gets a replacement', async () => {
    await runTranscript(
      `
      U: ask device help desk the fire tv stick i got doesn't work
      A: troubleshooting
      U: no
      A: replacement Fire TV Stick 4K Max at no cost. Shall I send one?
      U: yes
      A: Done: I've ordered a replacement Fire TV Stick 4K Max
    `,
      alex,
    );
  });

  it('troubleshoots the Fire TV Stick first, and replaces it when asked afterwards', async () => {
    await runTranscript(
      `
      U: ask device help desk the fire tv stick i got doesn't work
      A: troubleshooting
      U: yes
      A: What's happening with your
      U: i want a replacement for my fire tv stick
      A: replacement Fire TV Stick 4K Max at no cost. Shall I send one?
    `,
      { ...alex, device: 'fire-tv' },
    );
  });

  it('matches an unknown charge to the subscription, and hands one nobody knows to the orders team', async () => {
    await runTranscript(
      `
      U: ask device help desk what's this charge from amazon
      A: Was it $11.99
      U: yes
      A: Kindle Unlimited
      U: i don't recognize a charge on my card
      A: Was it $11.99
      U: no
      A: Was it $66.98
      U: no
      A: Was it $12.99
      U: no
      A: can't match that charge ... possibly unauthorised ... orders team?
      U: yes
      A: orders team
    `,
      alex,
    );
  });

  it('tells a shipped order cannot change, and what to do instead', async () => {
    await runTranscript(
      `
      U: ask device help desk i want to change my kindle cover order
      A: has already shipped ... return it once it arrives
    `,
      alex,
    );
  });
});

describe('order problems without orders or without a link', () => {
  it('offers the orders team to an account with no orders', async () => {
    await runTranscript(
      `
      U: ask device help desk the echo dot i got is broken
      A: I don't see any orders on your account ... orders team?
      A?
      U: yes
      A: orders team
    `,
      sam,
    );
  });

  it('offers the orders team to an account with no orders when a package never came', async () => {
    await runTranscript(
      `
      U: ask device help desk i never got my echo show
      A: I don't see any recent orders on your account ... orders team?
      A?
      U: yes
      A: orders team
      U: chat
      A: They'll already have what you told me
    `,
      sam,
    );
  });

  it.each(["where's my refund", 'they sent me the wrong cable', "what's this charge from amazon", 'what did i order last week', 'i need to change the address on my order'])(
    'asks to link the account for "%s"',
    async (said) => {
      const [reply] = await runTranscript(`
        U: ask device help desk ${said}
        A: need your account linked ... Alexa app
        A!
      `);
      expect(reply.response.card).toEqual({ type: 'LinkAccount' });
    },
  );
});
