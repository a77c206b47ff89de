import nock from 'nock';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { plainText } from '../../lambda/speech/ssml';
import { runTranscript } from '../support/transcript';

const MOBILE = 'alexa::profile:mobile_number:read';
const alex = 'demo-token-alex';
// Sunday 7:30 PM in Los Angeles, for every conversation here: the bundle makes its demo orders once, from the first turn's clock.
const SUNDAY_EVENING = new Date('2026-11-23T03:30:00Z');

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

/** Everything the customer heard in a conversation, in order. */
const heard = (replies: ResponseEnvelope[]) =>
  replies.map((r) => plainText(r.response.outputSpeech?.type === 'SSML' ? r.response.outputSpeech.ssml : '')).join(' | ');

/** Speech that sounds like a person: what the customer hears, through the committed model and the built bundle. */
describe('speech that sounds like a person, spoken', () => {
  it('calls Alex\'s own "Alex\'s Kindle" "your Kindle" when speaking to Alex', async () => {
    const replies = await runTranscript(
      `
      U: ask device help desk my kindle is not charging
      A: I can see the battery of your Kindle was at 4 percent ... charge it first
      U: that didn't help
      U: stop
      A: I've saved where we were
      A!
      U: open device help desk
      A: Last time we were fixing your Kindle not charging. Shall we carry on?
    `,
      { device: 'echo-dot', accessToken: alex, now: SUNDAY_EVENING },
    );
    expect(heard(replies)).not.toContain("Alex's");
  });

  it('tells Alex the team has "your Kindle", not "Alex\'s Kindle", when a chat is asked for mid-way', async () => {
    const replies = await runTranscript(
      `
      U: ask device help desk my kindle won't charge
      A: the battery of your Kindle
      U: I want to chat with someone
      A: They'll already have the details of your Kindle and the problem
      A!
    `,
      { device: 'echo-dot', accessToken: alex, now: SUNDAY_EVENING },
    );
    expect(heard(replies)).not.toContain("Alex's");
  });

  it('claims no device details for a device the desk could not tell apart on the account', async () => {
    const replies = await runTranscript(
      `
      U: open device help desk
      U: I want to chat with an agent
      A: is it about a device
      U: my echo
      A: chat link for our Echo team ... They won't have any details yet, so please tell them what it's about.
      A!
    `,
      { device: 'echo-dot', accessToken: alex, now: SUNDAY_EVENING },
    );
    expect(heard(replies)).not.toContain('details of your Echo');
  });

  it('names the account\'s only Kindle to the team when a person is asked for before the device', async () => {
    await runTranscript(
      `
      U: open device help desk
      U: I want to chat with an agent
      A: is it about a device
      U: my kindle
      A: chat link for our Kindle team ... They'll already have the details of your Kindle, so you won't need to repeat it.
      A!
    `,
      { device: 'echo-dot', accessToken: alex, now: SUNDAY_EVENING },
    );
  });

  it('names the device once when offering to carry on with the light on an Echo', async () => {
    const replies = await runTranscript(
      `
      U: ask device help desk my echo show has a strange light
      A: is it red?
      U: stop
      A: I've saved where we were
      A!
      U: open device help desk
      A: Last time we were fixing the light on your Bedroom Echo Show. Shall we carry on?
    `,
      { device: 'echo-show', accessToken: alex, now: SUNDAY_EVENING },
    );
    expect(heard(replies)).not.toMatch(/on your Echo on your/);
  });

  it('moves a callback to a day without "to on": "so they call you this Friday at 3 PM"', async () => {
    const replies = await runTranscript(
      `
      U: ask device help desk I have a problem with my kindle
      U: agent
      A: Kindle team
      U: call me back as soon as possible
      A: Shall I book it?
      U: yes
      A: Done: our Kindle team will call
      U: no
      A!
      U: ask device help desk move my callback to friday at 3 pm
      A: Shall I move your callback from our Kindle team, so they call you this Friday at 3 PM instead?
      U: yes
      A: Done: your callback is now this Friday at 3 PM.
    `,
      // The Kindle team works 8 AM to 6 PM in Chicago on weekdays, so it is open on Friday at 3 PM in Los Angeles.
      { device: 'echo-dot', accessToken: alex, grantedScopes: [MOBILE], now: SUNDAY_EVENING },
    );
    expect(heard(replies)).not.toMatch(/\bto on\b|\bfor on\b/);
  });

  it('tells this week\'s Thursday from last week\'s when reading orders', async () => {
    await runTranscript(
      `
      U: ask device help desk where's my order
      A: Would you like to hear them?
      U: yes
      A: Fire TV Alexa Voice Remote ... should arrive this Thursday ... Fire TV Stick 4K Max ... was delivered on Thursday
    `,
      // One order is due in four days, another came three days ago.
      { accessToken: alex, now: SUNDAY_EVENING },
    );
  });
});
