import nock from 'nock';
import { alexaApiMock, runTranscript } from '../support/transcript';

beforeEach(() => {
  nock.disableNetConnect();
  alexaApiMock();
});
afterEach(() => nock.cleanAll());

const alex = 'demo-token-alex';

/** Spoken diagnoses resolved through the committed model and answered by the built bundle. */
describe('diagnosis, spoken', () => {
  it('Fire TV remote from the Fire TV: status first, wait, continue, back, skip, already tried, then the team', async () => {
    await runTranscript(
      `
      U: open device help desk
      A?
      U: the remote doesn't work
      A: I can see the batteries in the remote of your Living Room Fire TV are running low ... fresh triple A batteries ... Did that fix it?
      A?
      U: that didn't help
      A: press and hold the Home button on the remote for 10 seconds
      U: hold on
      A: take your time ... say continue
      A?
      U: continue
      A: here's where we were ... Home button
      U: go back
      A: going back a step ... fresh triple A batteries
      U: skip
      A: skip that one ... Home button
      U: i already tried that
      A: already tried that ... Unplug the Fire TV from power
      U: repeat that
      A: already tried that ... Unplug the Fire TV from power
      U: it didn't work
      A: couldn't fix it together ... our Fire TV team ... chat
      A?
    `,
      { device: 'fire-tv', accessToken: alex },
    );
  });

  it('"no" to carrying on asks what else, without greeting a second time', async () => {
    const replies = await runTranscript(
      `
      U: open device help desk
      U: my fire tv has no sound
      A: Did that fix it?
      U: stop
      A!
      U: open device help desk
      A: Welcome back to Device Help Desk. Last time we were fixing the sound on your Fire TV. Shall we carry on?
      U: no
      A: one of your devices, or ... an order?
      A?
    `,
      { device: 'fire-tv' },
    );
    expect(JSON.stringify(replies[replies.length - 1].response.outputSpeech)).not.toMatch(/Welcome|this is Device Help Desk/);
  });

  it('Echo Dot from the Echo Dot, one-shot: weak Wi-Fi first, and a warm close when it works', async () => {
    await runTranscript(
      `
      U: ask device help desk my echo dot is not responding
      A: your Kitchen Echo Dot has a weak Wi-Fi signal ... Did that fix it?
      U: it worked
      A: If it happens again, unplugging it for 20 seconds is the quickest fix
      A!
    `,
      { device: 'echo-dot', accessToken: alex },
    );
  });

  it('Echo Show light from the Echo Show: a colour said starts at what it means', async () => {
    await runTranscript(
      `
      U: ask device help desk what does the orange light on my echo show mean
      A: Orange means your Echo is in setup mode or trying to connect to the internet
      U: that didn't help
      A: Restart your router
    `,
      { device: 'echo-show', accessToken: alex },
    );
  });

  it('a light with no colour said: yes and no walk the colours, and naming the colour jumps to it', async () => {
    await runTranscript(
      `
      U: ask device help desk my echo show has a strange light
      A: what the light means. You can just tell me its colour, or answer this: is it red?
      U: no
      A: Is it orange
      U: it's yellow
      A: Yellow means a notification, message or reminder is waiting for you
      U: that didn't help
      A: Alexa, play my messages
      U: that didn't help
      A: our Echo team
    `,
      { device: 'echo-show', accessToken: alex },
    );
  });

  it('"the ring is flashing yellow" from the Echo Dot starts with the notifications', async () => {
    await runTranscript(
      `
      U: ask device help desk the ring is flashing yellow
      A: Yellow means a notification ... Has the yellow light gone out?
    `,
      { device: 'echo-dot', accessToken: alex },
    );
  });

  it('an Echo that won\'t turn on starts with the power, not the weak Wi-Fi it last reported', async () => {
    await runTranscript(
      `
      U: ask device help desk my echo dot is dead
      A: Push the power cable firmly into your Echo ... Does your Echo light up now?
      U: no
      A: Does that wall outlet work with something else
    `,
      { device: 'fire-tv', accessToken: alex },
    );
  });

  it('a named Kindle from an Echo: looked up on the account, charging first', async () => {
    await runTranscript(
      `
      U: ask device help desk my kindle is not charging
      A: the battery of your Kindle was at 4 percent ... charge it first
      U: that didn't help
      A: charging light
    `,
      { device: 'echo-dot', accessToken: alex },
    );
  });

  it('without a linked account, from a device with a TV screen: confirms it is the Fire TV, no status', async () => {
    await runTranscript(
      `
      U: ask device help desk no picture
      A: is it the Fire TV you're talking to right now?
      U: yes
      A: switch to the HDMI input your Fire TV is plugged into
    `,
      { device: 'fire-tv' },
    );
  });

  it('without a linked account, a named Kindle is diagnosed generically', async () => {
    await runTranscript(
      `
      U: ask device help desk my kindle is frozen
      A: Press and hold the power button for 40 seconds
    `,
      { device: 'echo-dot' },
    );
  });

  it('says which devices it helps with when asked about a toaster', async () => {
    await runTranscript(
      `
      U: ask device help desk my toaster is frozen
      A: can't help with toaster problems ... Echo, Fire TV and Kindle
      A?
    `,
      { device: 'echo-dot', accessToken: alex },
    );
  });

  it('rephrases an answer it cannot place, then offers the team', async () => {
    await runTranscript(
      `
      U: ask device help desk my echo show has a strange light
      A: or answer this: is it red?
      U: purple monkey dishwasher
      A: Sorry, I didn't catch that. Is the light on your Echo red?
      U: banana
      A: Would you like me to pass everything we've done so far to our Echo team?
    `,
      { device: 'echo-show', accessToken: alex },
    );
  });

  it('offers to carry on next time after the customer stopped part-way', async () => {
    await runTranscript(
      `
      U: ask device help desk my fire tv keeps buffering
      A: software update waiting
      U: stop
      A: I've saved where we were
      A!
      U: open device help desk
      A: Last time we were fixing the buffering on your Living Room Fire TV. Shall we carry on?
      U: yes
      A: pick up where we left off ... Install Update
    `,
      { device: 'fire-tv', accessToken: alex },
    );
  });

  it('asks which Echo, then takes "the kitchen one" it taught Alexa with dynamic entities', async () => {
    await runTranscript(
      `
      U: ask device help desk my echo has no sound
      A: You have your Kitchen Echo Dot or your Bedroom Echo Show. Which one is it?
      U: the kitchen one
      A: Say: Alexa, volume six.
    `,
      { device: 'fire-tv', accessToken: alex },
    );
  });
});
