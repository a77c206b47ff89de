import nock from 'nock';
import { runTranscript } from '../support/transcript';

const MOBILE = 'alexa::profile:mobile_number:read';
const REMINDERS = 'alexa::alerts:reminders:skill:readwrite';

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

// The Fire TV team works 8 AM to 8 PM in Los Angeles on weekdays.
const FIRE_TV_TEAM_CLOSED = new Date('2026-12-03T05:00:00Z'); // Wednesday 9 PM in Los Angeles
const FIRE_TV_TEAM_OPEN = new Date('2026-12-02T18:00:00Z'); // Wednesday 10 AM in Los Angeles

/** The routing conversations, spoken, through the committed model and the built bundle. */
describe('reaching a team, spoken', () => {
  it('offers a chat first while the team is open and no one is waiting', async () => {
    await runTranscript(
      `
      U: ask device help desk my fire stick is broken
      U: talk to an agent
      A: chat link for our Fire TV team ... no wait right now ... Or they can call you back ... today at 10:30 AM ... Which would you like?
    `,
      { device: 'fire-tv', accessToken: 'demo-token-alex', now: FIRE_TV_TEAM_OPEN },
    );
  });

  it('books a callback with the profile number, then checks and cancels it', async () => {
    const grantedScopes = [MOBILE];
    await runTranscript(
      `
      U: ask device help desk my fire stick is broken
      U: talk to an agent
      A: Fire TV team ... call you back ... tomorrow at 8 AM ... chat link ... Which would you like?
      U: call me back as soon as possible
      A: call the number ending in 0142 ... Shall I book it?
      U: yes
      A: Done: our Fire TV team will call the number ending in 0142 ... reminder
      A?
      U: no
      A: Okay, no reminder.
      A!
      U: ask device help desk when is my callback
      A: Your callback from our Fire TV team is ... ending in 0142
      U: cancel my callback
      A: Shall I cancel your callback from our Fire TV team
      U: yes
      A: your callback is cancelled
      A!
    `,
      { device: 'fire-tv', accessToken: 'demo-token-alex', grantedScopes, now: FIRE_TV_TEAM_CLOSED },
    );
  });

  it('asks for the phone permission by voice and goes on once it is given', async () => {
    const grantedScopes: string[] = [];
    const apiCalls: string[] = [];
    await runTranscript(
      `
      U: ask device help desk I have a problem with my kindle
      U: agent
      A: Kindle team
      U: callback
      ASKS PERMISSION
      U: yes
      A: the number ending in 0142 ... Shall I book it?
      U: no
      A: I haven't booked it
      U: chat
      A: sent a chat link for our Kindle team to your Alexa app
      A!
      CARD: Chat with our Kindle team ... https://chat.devicehelpdesk.example.com/c/ ... Estimated wait
    `,
      { device: 'echo-dot', accessToken: 'demo-token-alex', grantedScopes, apiCalls },
    );
    expect(grantedScopes).toEqual([MOBILE]);
    expect(apiCalls.filter((c) => c.includes('Profile.mobileNumber'))).toHaveLength(2);
  });

  it('takes a spoken number when the permission is declined, and sets a reminder once allowed', async () => {
    const grantedScopes: string[] = [];
    const apiCalls: string[] = [];
    await runTranscript(
      `
      U: ask device help desk I need help with my echo
      U: talk to a person
      U: call me back
      ASKS PERMISSION
      U: no
      A: What number should the team call?
      U: my number is 4155550199
      A: the number ending in 0199 ... Shall I book it?
      U: yes
      A: Done ... ending in 0199 ... Would you like a reminder
      U: yes
      ASKS PERMISSION
      U: yes
      A: Your reminder is set
      A!
    `,
      { device: 'echo-dot', accessToken: 'demo-token-alex', grantedScopes, apiCalls },
    );
    expect(grantedScopes).toEqual([REMINDERS]);
    expect(apiCalls.filter((c) => c.startsWith('POST /v1/alerts/reminders'))).toHaveLength(2);
  });

  it('still leaves on a plain "cancel"', async () => {
    await runTranscript(`
      U: ask device help desk talk to an agent
      A?
      U: cancel
      A!
    `);
  });
});
