import nock from 'nock';
import { runTranscript } from '../support/transcript';

const MOBILE = 'alexa::profile:mobile_number:read';

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

// Wednesday 9 PM in Los Angeles: every team is closed, so a chat or a callback waits for the morning.
const EVENING = new Date('2026-12-03T05:00:00Z');

/** What the customer asked for before the desk knew the team is kept, spoken, and never asked for again. */
describe('what the customer asked for, kept', () => {
  it('books a callback at the time said with the request once the team is known, without asking chat or callback', async () => {
    await runTranscript(
      `
      U: ask device help desk to call me back tomorrow afternoon
      A: is it about a device ... or about an order?
      U: my echo dot
      A: call the number ending in 0142 tomorrow at 12 PM ... Shall I book it?
    `,
      { device: 'echo-dot', accessToken: 'demo-token-alex', grantedScopes: [MOBILE], now: EVENING },
    );
  });

  it('offers one quick fix first, and books as soon as the fix does not work', async () => {
    await runTranscript(
      `
      U: ask device help desk to call me back
      U: my echo dot is offline
      A: I can set up that callback with our Echo team now, or we could try a one-minute fix first. Would you like to try the fix?
      U: yes
      A: weak Wi-Fi signal ... Did that fix it?
      U: that didn't help
      A: That didn't do it, so let's get you to our Echo team. ... call the number ending in 0142 ... Shall I book it?
    `,
      { device: 'echo-dot', accessToken: 'demo-token-alex', grantedScopes: [MOBILE], now: EVENING },
    );
  });

  it('books at once when the customer would rather not try the fix', async () => {
    await runTranscript(
      `
      U: ask device help desk to call me back
      U: my echo dot is offline
      A: Would you like to try the fix?
      U: no
      A: I'll ask our Echo team to call the number ending in 0142 ... Shall I book it?
    `,
      { device: 'echo-dot', accessToken: 'demo-token-alex', grantedScopes: [MOBILE], now: EVENING },
    );
  });

  it('sends the chat link a customer asked for before naming the device, never asking chat or callback', async () => {
    await runTranscript(
      `
      U: ask device help desk I want to chat with someone
      A: is it about a device ... or about an order?
      U: my fire tv
      A: I've sent a chat link for our Fire TV team to your Alexa app
      A!
    `,
      { device: 'fire-tv', accessToken: 'demo-token-alex', now: EVENING },
    );
  });
});
