import nock from 'nock';
import { runTranscript } from '../support/transcript';

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const ALEX = { accessToken: 'demo-token-alex' };
/** Wednesday 10 AM in Los Angeles: every team is open. */
const TEAMS_OPEN = new Date('2026-12-02T18:00:00Z');

/**
 * The kinds of phrasing customers use, as they say them to an Echo (each one failed before the model grew):
 * one-shot and in the middle of a conversation, through the committed model and the built bundle.
 */
describe('customers understood as they speak', () => {
  it('takes a request for support wrapped in hesitations and politeness, then a device by its nickname', async () => {
    await runTranscript(
      `
      U: ask device help desk uh, customer service please
      A: order ... Echo ... Fire TV ... Kindle
      U: the show in the bedroom
      A: What's happening with your Bedroom Echo Show?
      U: the camera is off
      A: camera shutter
      U: yep that did it
      A: If it happens again
      A!
    `,
      ALEX,
    );
  });

  it('hears two slots side by side, and a mid-step answer in the customer\u2019s own words', async () => {
    await runTranscript(
      `
      U: ask device help desk could you just get me support
      A?
      U: my kindle won't charge
      A: let's charge it first ... Did that fix it?
      U: it's working now
      A: If it happens again
      A!
    `,
      ALEX,
    );
  });

  it('starts the light ring with the colour the customer says', async () => {
    await runTranscript(
      `
      U: ask device help desk the ring is flashing yellow
      A: Yellow means a notification
      U: nope
      A: play my messages
      A?
    `,
      ALEX,
    );
  });

  it('understands a symptom in the customer\u2019s words and "I already tried that" with a story after it', async () => {
    await runTranscript(
      `
      U: ask device help desk my fire tv says storage is full
      A: Clear Cache
      U: I already tried that, it's been plugged in all night
      A: since you've already tried that ... uninstall apps you don't use
    `,
      { ...ALEX, device: 'fire-tv' },
    );
  });

  it('takes orders told as a story', async () => {
    await runTranscript('U: ask device help desk it was meant to come monday\nA: ending in 0004 ... running late\nA?', ALEX);
    await runTranscript('U: ask device help desk someone must have taken my parcel\nA: ending in 0002 ... delivered ... check around your door\nA?', ALEX);
    await runTranscript("U: ask device help desk what's the status of the one ending in 0001\nA: ending in 0001 ... shipped with UPS", ALEX);
  });

  it('reaches a person and a chat in other words', async () => {
    await runTranscript(
      `
      U: ask device help desk can you connect me with someone
      A: Is this about a device, or an order?
      U: my dot
      A: Echo team
      U: can I message someone
      A: sent a chat link for our Echo team
      A!
    `,
      { ...ALEX, now: TEAMS_OPEN },
    );
  });

  it('remembers the device family named before "which one?" when the customer asks for a person', async () => {
    await runTranscript(
      `
      U: ask device help desk my echo keeps dropping off the wifi
      A: Which one is it?
      U: talk to a person
      A: Echo team
      A?
    `,
      { ...ALEX, now: TEAMS_OPEN },
    );
  });

  it('books a callback for "friday afternoon" at a spoken number, and takes "no that\u2019s all, thanks" as no', async () => {
    await runTranscript(
      `
      U: ask device help desk the kitchen echo dot keeps dropping off the wifi
      A: weak Wi-Fi signal
      U: talk to a person
      A: Echo team
      U: call me back friday afternoon
      ASKS PERMISSION
      U: no
      A: What number should the team call?
      U: four two five five five five zero one nine nine
      A: the number ending in 0199 on Friday at 12 PM ... Shall I book it?
      U: yes
      A: Done ... Would you like a reminder
      U: no that's all, thanks
      A: no reminder
      A!
    `,
      { ...ALEX, now: TEAMS_OPEN, grantedScopes: [] },
    );
  });
});
