import { DEMO_DEVICE_IDS } from '../../lambda/adapters/demo/demo-data';
import { speechFor } from '../../lambda/speech/i18n';
import type { Caller } from '../support/requests';
import { sessionEndedRequest } from '../support/requests';
import { Conversation, testSkill, type TestSkill } from '../support/harness';
import { handoffSummary } from '../../lambda/domain/handoff-summary';
import type { Handoff } from '../../lambda/domain/handoff';

const t = speechFor('en-US', () => 0);
const plain = (ssml: string) => ssml.replace(/<[^>]+>/g, '');

const ALEX = 'demo-token-alex';
const fromEchoDot: Caller = { deviceId: DEMO_DEVICE_IDS.echoDot, accessToken: ALEX };
const fromEchoShow: Caller = { deviceId: DEMO_DEVICE_IDS.echoShow, accessToken: ALEX, screen: 'HUB' };
const fromFireTv: Caller = { deviceId: DEMO_DEVICE_IDS.fireTv, accessToken: ALEX, screen: 'TV' };

const symptom = (spoken: string, id?: string) => ({ symptom: id ? { spoken, id } : { spoken } });
const device = (spoken: string, id?: string) => ({ device: id ? { spoken, id } : { spoken } });
const describe_ = (c: Conversation, slots: Record<string, { spoken: string; id?: string }>) => c.intent('DescribeProblemIntent', slots);

const saved = (test: TestSkill) => test.deps.progress.load('amzn1.ask.account.TESTUSER');

describe('diagnosis from the device the customer is talking to', () => {
  it('Fire TV remote: starts from the low remote battery, then walks the steps and hands the team a full summary', async () => {
    const c = new Conversation(fromFireTv);
    const first = await describe_(c, symptom("the remote doesn't work", 'REMOTE'));
    expect(first.speech).toBe(
      "Okay, let's fix it together, one step at a time. I can see the batteries in the remote of your Living Room Fire TV are running low, so let's replace them first. Put two fresh triple A batteries in your remote, the right way round. Did that fix it?",
    );
    expect(first.endsSession).toBe(false);
    expect(first.reprompt).toBe(plain(t('diagnosis.didItWorkReprompt')));

    const pair = await c.intent('DidNotHelpIntent');
    expect(pair.speech).toMatch(/^Okay, let's try something else\. Stand close to the Fire TV, then press and hold the Home button on the remote for 10 seconds/);
    expect(pair.speech).not.toContain('fresh triple A batteries');
    const restart = await c.intent('DidNotHelpIntent');
    expect(restart.speech).toContain('Unplug the Fire TV from power, wait a minute');
    const handedOff = await c.intent('DidNotHelpIntent');
    expect(handedOff.speech).toMatch(/^I'm sorry we couldn't fix it together\. I've written up everything we tried for our Fire TV team, so you won't have to repeat yourself\. Our Fire TV team can call you back/);
    expect(handedOff.endsSession).toBe(false);

    const handoff = c.state?.handoff as Record<string, unknown>;
    expect(handoff).toMatchObject({
      team: 'FIRE_TV',
      reason: 'DIAGNOSIS_UNRESOLVED',
      device: { family: 'FIRE_TV', model: 'Fire TV Stick 4K Max', name: 'Living Room Fire TV', status: expect.stringContaining('software update pending; remote battery low') },
      problem: { symptomId: 'REMOTE', description: 'remote not working', said: "the remote doesn't work" },
    });
    expect((handoff.stepsTried as { stepId: string; answer: string }[]).map((s) => `${s.stepId}: ${s.answer}`)).toEqual([
      'status.REMOTE_BATTERY_LOW: did not help',
      'pair: did not help',
      'restart: did not help',
    ]);
    expect(handoffSummary(c.state?.handoff as Handoff)).toContain('Living Room Fire TV, a Fire TV Stick 4K Max: remote not working. None of the steps fixed it. In the customer\'s words: "the remote doesn\'t work".');
    expect(c.state?.diagnosis).toBeUndefined();
    expect(await saved(c.test)).toBeUndefined();
  });

  it('Fire TV freezing: installs the waiting update first, and a fix ends warmly with what to do if it comes back', async () => {
    const c = new Conversation(fromFireTv);
    const first = await describe_(c, symptom('keeps freezing', 'FROZEN'));
    expect(first.speech).toContain("I can see your Living Room Fire TV has a software update waiting; let's install it first. On your Fire TV, go to Settings, then My Fire TV, then About, and choose Install Update.");
    const done = await c.intent('ItWorkedIntent');
    expect(done.speech).toBe("That's great news, I'm glad it's working again. If it happens again, hold Select and Play together for 5 seconds to restart it, and ask me again if it keeps freezing. Thanks for calling Device Help Desk.");
    expect(done.endsSession).toBe(true);
    expect(await saved(c.test)).toBeUndefined();
  });

  it('Echo Dot not responding: starts from its weak Wi-Fi', async () => {
    const c = new Conversation(fromEchoDot);
    const first = await describe_(c, symptom("isn't responding", 'NOT_RESPONDING'));
    expect(first.speech).toContain("I can see your Kitchen Echo Dot has a weak Wi-Fi signal, so let's improve that first. If you can, move your Echo closer to your Wi-Fi router");
    const next = await c.intent('DidNotHelpIntent');
    expect(next.speech).toContain('First, is any light showing on your Echo at all?');
    expect(next.reprompt).toBe('First, is any light showing on your Echo at all?');
  });

  it('Echo Show light with no colour said: yes/no questions branch to what the colour means', async () => {
    const c = new Conversation(fromEchoShow);
    const first = await describe_(c, symptom('a strange light', 'LIGHT_RING'));
    expect(first.speech).toBe("Okay, let's fix it together, one step at a time. Let's work out what the light means. You can just tell me its colour, or answer this: is it red?");
    expect((await c.intent('AMAZON.NoIntent')).speech).toBe('Okay. Is it orange, or spinning orange?');
    const orange = await c.intent('AMAZON.YesIntent');
    expect(orange.speech).toContain('Orange means your Echo is in setup mode or trying to connect to the internet.');
    expect(orange.speech).toMatch(/Did that fix it\?$/);
    const fixed = await c.intent('AMAZON.YesIntent');
    expect(fixed.speech).toMatch(/^That's great news, I'm glad it's working again\. If it happens again, /);
    expect(fixed.endsSession).toBe(true);
  });
});

describe('the symptoms with their own first step', () => {
  const FIRST = "Okay, let's fix it together, one step at a time.";

  it('an Echo that won\'t turn on starts with its power, not with the Wi-Fi its last status reported', async () => {
    const c = new Conversation(fromFireTv);
    const first = await describe_(c, { ...device('echo dot', 'ECHO'), ...symptom("won't turn on", 'WONT_TURN_ON') });
    expect(c.state?.diagnosis).toMatchObject({ device: { name: 'Kitchen Echo Dot', conditions: ['WEAK_WIFI'] }, treeId: 'ECHO_WONT_TURN_ON' });
    expect(first.speech).toBe(`${FIRST} Push the power cable firmly into your Echo and into its power adapter, then plug the adapter straight into a wall outlet, not a power strip. Does your Echo light up now?`);
    expect(first.speech).not.toContain('Wi-Fi');
    expect((await c.intent('DidNotHelpIntent')).speech).toContain('Does that wall outlet work with something else');
  });

  it('"the ring is flashing yellow" starts with the notifications waiting, not with the colour questions', async () => {
    const c = new Conversation(fromEchoDot);
    const first = await describe_(c, symptom('flashing yellow', 'LIGHT_YELLOW'));
    expect(first.speech).toBe(`${FIRST} Yellow means a notification, message or reminder is waiting for you. Say: Alexa, read my notifications. Has the yellow light gone out?`);
    expect((await c.intent('DidNotHelpIntent')).speech).toContain('Say: Alexa, play my messages.');
  });

  it('a colour said in answer to the colour questions goes straight to what it means', async () => {
    const c = new Conversation(fromEchoShow);
    expect((await describe_(c, symptom('the light', 'LIGHT_RING'))).speech).toContain('You can just tell me its colour, or answer this: is it red?');
    const green = await describe_(c, symptom('green', 'LIGHT_GREEN'));
    expect(green.speech).toContain('Green means a call or a Drop In is happening on your Echo. Say: Alexa, hang up.');
    expect(c.state?.diagnosis).toMatchObject({ device: { name: 'Bedroom Echo Show' }, symptom: 'LIGHT_GREEN', position: { stepId: 'hangUp' } });
  });

  it('an Echo Show camera: the shutter first, then the red light that means the camera is off', async () => {
    const c = new Conversation(fromEchoShow);
    const first = await describe_(c, symptom("the camera doesn't work", 'CAMERA'));
    expect(first.speech).toBe(`${FIRST} Find the camera shutter on the top edge of your Echo Show and slide it so the lens is uncovered. Did that fix it?`);
    expect((await c.intent('DidNotHelpIntent')).speech).toContain('Is there a red light along the edge of the screen?');
    const red = await c.intent('AMAZON.YesIntent');
    expect(red.speech).toContain('Red means the camera and microphones are off.');
    expect((await c.intent('DidNotHelpIntent')).speech).toContain('tap Settings, then Camera');
  });

  it('a Fire TV with full storage clears caches, then uninstalls, then looks at what takes the space, even with an update waiting', async () => {
    const c = new Conversation(fromFireTv);
    const first = await describe_(c, symptom('says storage is full', 'STORAGE_FULL'));
    expect(first.speech).toMatch(new RegExp(`^${FIRST} Go to Settings, then Applications, then Manage Installed Applications\\. Choose an app you use a lot and select Clear Cache`));
    expect((await c.intent('DidNotHelpIntent')).speech).toContain("uninstall apps you don't use");
    expect((await c.intent('DidNotHelpIntent')).speech).toContain('Go to Settings, then My Fire TV, then Storage');
    const done = await c.intent('ItWorkedIntent');
    expect(done.speech).toContain('clear app caches and uninstall apps you no longer use');
  });

  it('Fire TV screen mirroring: turns mirroring on, checks the Wi-Fi, and tells an iPhone owner to cast from the app', async () => {
    const c = new Conversation(fromFireTv);
    const first = await describe_(c, symptom("can't mirror my phone", 'SCREEN_MIRRORING'));
    expect(first.speech).toContain('go to Settings, then Display and Sounds, and choose Enable Display Mirroring');
    expect(first.speech).not.toContain('I can see');
    expect((await c.intent('DidNotHelpIntent')).speech).toContain('same Wi-Fi network as your Fire TV');
    expect((await c.intent('DidNotHelpIntent')).speech).toContain('Is it an iPhone or an iPad?');
    expect((await c.intent('AMAZON.YesIntent')).speech).toContain("An iPhone can't mirror its whole screen to a Fire TV");
  });

  it.each([
    [fromEchoShow, ['WONT_TURN_ON', 'FROZEN', 'WAKES_BY_ITSELF', 'RESTARTING', 'SOUND_QUALITY', 'SCREEN', 'CAMERA', 'VIDEO_CALLS', 'PHOTOS']],
    [fromEchoShow, ['LIGHT_RED', 'LIGHT_ORANGE', 'LIGHT_YELLOW', 'LIGHT_GREEN', 'LIGHT_BLUE', 'LIGHT_PURPLE', 'LIGHT_WHITE']],
    [fromFireTv, ['SLOW', 'RESTARTING', 'STORAGE_FULL', 'SCREEN_MIRRORING', 'OFFLINE']],
  ] as const)('starts steps for each new symptom on the family that has them (%#)', async (caller, symptoms) => {
    for (const id of symptoms) {
      const c = new Conversation(caller);
      const first = await describe_(c, symptom(id.toLowerCase(), id));
      expect(first.speech).not.toMatch(/not sure I know that one/);
      expect(c.state?.diagnosis).toMatchObject({ position: { stepId: expect.any(String) } });
    }
  });

  it('a Kindle that keeps restarting charges first, told by its battery level', async () => {
    const c = new Conversation(fromEchoDot);
    const first = await describe_(c, { ...device('kindle', 'KINDLE'), ...symptom('keeps restarting', 'RESTARTING') });
    expect(first.speech).toContain("I can see the battery of your Kindle was at 4 percent when it last checked in, so let's charge it first.");
    expect((await c.intent('DidNotHelpIntent')).speech).toContain('Press and hold the power button for 40 seconds');
  });
});

describe('diagnosis of a device the customer names', () => {
  it('"my Kindle" from an Echo: looks it up on the account, charges it, then syncs it before anything else', async () => {
    const c = new Conversation(fromEchoDot);
    const first = await describe_(c, { ...device('kindle', 'KINDLE'), ...symptom('books missing', 'BOOKS_MISSING') });
    expect(first.speech).toContain("I can see the battery of your Kindle was at 4 percent when it last checked in, so let's charge it first.");
    const sync = await c.intent('DidNotHelpIntent');
    expect(sync.speech).toContain("I can see your Kindle last synced 9 days ago, so let's get it synced. Make sure your Kindle is on Wi-Fi, then swipe down from the top of the screen and tap Sync.");
    const next = await c.intent('DidNotHelpIntent');
    expect(next.speech).toContain("Can you see the Wi-Fi symbol at the top of your Kindle's screen?");
  });

  it('a Kindle that will not charge starts with charging, told by its battery level', async () => {
    const c = new Conversation(fromFireTv);
    const first = await describe_(c, { ...device('kindle', 'KINDLE'), ...symptom("won't charge", 'NOT_CHARGING') });
    expect(first.speech).toContain("I can see the battery of your Kindle was at 4 percent when it last checked in, so let's charge it first.");
    const next = await c.intent('DidNotHelpIntent');
    expect(next.speech).toContain('is the small charging light next to the port on?');
  });

  it('"my echo" with two Echos asks which one, then carries on with the problem already told', async () => {
    const c = new Conversation(fromFireTv);
    const which = await describe_(c, { ...device('echo', 'ECHO'), ...symptom('no sound', 'NO_SOUND') });
    expect(which.speech).toBe('You have your Kitchen Echo Dot or your Bedroom Echo Show. Which one is it?');
    const chosen = await c.intent('SupportIntent', device('echo show', 'ECHO_SHOW'));
    expect(chosen.speech).toContain('Say: Alexa, volume six.');
    expect(c.state?.diagnosis).toMatchObject({ device: { name: 'Bedroom Echo Show' }, treeId: 'ECHO_SOUND' });
  });

  it('teaches Alexa the customer\'s own device names for the answer, and takes "the kitchen one"', async () => {
    const c = new Conversation(fromFireTv);
    const which = await describe_(c, { ...device('echo', 'ECHO'), ...symptom('no sound', 'NO_SOUND') });
    const entities = which.envelope.response.directives?.find((d) => d.type === 'Dialog.UpdateDynamicEntities');
    expect(entities).toEqual({
      type: 'Dialog.UpdateDynamicEntities',
      updateBehavior: 'REPLACE',
      types: [
        {
          name: 'DeviceType',
          values: [
            { id: DEMO_DEVICE_IDS.echoDot, name: { value: 'kitchen echo dot', synonyms: ['kitchen', 'kitchen one', 'the kitchen one'] } },
            { id: DEMO_DEVICE_IDS.echoShow, name: { value: 'bedroom echo show', synonyms: ['bedroom', 'bedroom one', 'the bedroom one'] } },
          ],
        },
      ],
    });
    const chosen = await c.intent('SupportIntent', { device: { spoken: 'the kitchen one', ids: [DEMO_DEVICE_IDS.echoDot] } });
    expect(chosen.speech).toContain('Say: Alexa, volume six.');
    expect(chosen.directives).toContain('Dialog.UpdateDynamicEntities');
    expect(c.state?.diagnosis).toMatchObject({ device: { name: 'Kitchen Echo Dot' } });
  });

  it('takes a room it was not taught, by the words of the device name', async () => {
    const c = new Conversation(fromFireTv);
    await describe_(c, { ...device('echo', 'ECHO'), ...symptom('no sound', 'NO_SOUND') });
    await c.intent('SupportIntent', device('bedroom'));
    expect(c.state?.diagnosis).toMatchObject({ device: { name: 'Bedroom Echo Show' } });
  });

  it('"a person" while asking which Echo: the Echo team, handed the problem in the customer\'s words', async () => {
    const c = new Conversation(fromFireTv);
    await describe_(c, { ...device('echo', 'ECHO'), ...symptom('keeps dropping off the wifi', 'OFFLINE') });
    const offer = await c.intent('TalkToAgentIntent');
    expect(offer.speech).toMatch(/Our Echo team can (call you back|chat)|chat link for our Echo team/);
    expect(c.state?.handoff).toMatchObject({ team: 'ECHO', reason: 'CUSTOMER_ASKED', problem: { symptomId: 'OFFLINE', said: 'keeps dropping off the wifi' } });
    expect(handoffSummary(c.state?.handoff as Handoff)).toBe(
      'An Echo, not identified on the account: offline. The customer asked for a person. In the customer\'s words: "keeps dropping off the wifi". Device status: not available. No steps tried yet.',
    );
  });

  it('another kind of device named to "which Echo?" is that device, from the start, with the problem already told', async () => {
    const c = new Conversation(fromFireTv);
    await describe_(c, { ...device('echo', 'ECHO'), ...symptom('keeps dropping off the wifi', 'OFFLINE') });
    const kindle = await c.intent('SupportIntent', device('kindle', 'KINDLE'));
    expect(kindle.speech).not.toContain('Which one is it?');
    expect(c.state?.diagnosis).toMatchObject({ device: { family: 'KINDLE', name: "Alex's Kindle" }, symptom: 'OFFLINE' });
    expect(c.state?.deviceKind).toBe('KINDLE');
  });

  it('asks which one again when the answer fits neither', async () => {
    const c = new Conversation(fromFireTv);
    await describe_(c, { ...device('echo', 'ECHO'), ...symptom('no sound', 'NO_SOUND') });
    const again = await c.intent('SupportIntent', device('echo', 'ECHO'));
    expect(again.speech).toBe('You have your Kitchen Echo Dot or your Bedroom Echo Show. Which one is it?');
  });

  it('"I have a problem with my Fire TV" through the support entry asks what is happening, then starts', async () => {
    const c = new Conversation(fromEchoDot);
    const ask = await c.intent('SupportIntent', device('fire tv', 'FIRE_TV'));
    expect(ask.speech).toBe("What's happening with your Living Room Fire TV? For example: there's no picture, the remote doesn't work, or it keeps buffering.");
    const first = await describe_(c, symptom('buffering', 'BUFFERING'));
    expect(first.speech).toContain("I can see your Living Room Fire TV has a software update waiting; let's install it first.");
  });

  it('a symptom the family has no steps for: says what it can help with, then offers the team', async () => {
    const c = new Conversation(fromEchoDot);
    const first = await describe_(c, { ...device('kindle', 'KINDLE'), ...symptom('no sound', 'NO_SOUND') });
    expect(first.speech).toBe(plain(t('diagnosis.unknownSymptom.KINDLE')));
    const second = await describe_(c, symptom('smells like smoke'));
    expect(second.speech).toBe("I don't have steps for that one. Would you like me to pass it to our Kindle team?");
    const yes = await c.intent('AMAZON.YesIntent');
    expect(yes.speech).toContain('Our Kindle team can call you back');
    expect(c.state?.handoff).toMatchObject({ team: 'KINDLE', reason: 'DIAGNOSIS_UNRESOLVED', device: { name: "Alex's Kindle" }, stepsTried: [] });
    expect(handoffSummary(c.state?.handoff as Handoff)).toMatch(/^Alex's Kindle, a Kindle Paperwhite \(11th Gen\): no problem named yet\. The desk has no troubleshooting steps for it\. Device status: offline, last seen 9 days ago; battery 4%/);
  });
});

describe('diagnosis without what the account knows', () => {
  it('no linked account: confirms the Fire TV it is talking to, then diagnoses without status', async () => {
    const c = new Conversation({ deviceId: DEMO_DEVICE_IDS.fireTv, screen: 'TV' });
    const confirm = await describe_(c, symptom('no picture', 'NO_PICTURE'));
    expect(confirm.speech).toBe("Just to check: is it the Fire TV you're talking to right now?");
    const first = await c.intent('AMAZON.YesIntent');
    expect(first.speech).toBe("Okay, let's fix it together, one step at a time. Use your TV's own remote to switch to the HDMI input your Fire TV is plugged into. Did that fix it?");
    expect(first.speech).not.toContain('I can see');
    const no = await c.intent('AMAZON.NoIntent');
    expect(no.speech).toBe("Okay, let's try something else. Look at the Fire TV itself. Is its small light on?");
  });

  it('no linked account: "no" to the guess asks which device', async () => {
    const c = new Conversation({ deviceId: DEMO_DEVICE_IDS.echoDot });
    expect((await describe_(c, symptom('not responding', 'NOT_RESPONDING'))).speech).toBe(plain(t('diagnosis.confirmInferred.ECHO')));
    expect((await c.intent('AMAZON.NoIntent')).speech).toBe(plain(t('diagnosis.askDevice')));
  });

  it('an unknown Echo without a screen is taken for an Echo speaker, to confirm', async () => {
    const c = new Conversation({ deviceId: 'amzn1.ask.device.NEW_ECHO', accessToken: ALEX });
    const confirm = await describe_(c, symptom("doesn't understand me", 'NOT_UNDERSTANDING'));
    expect(confirm.speech).toBe("Just to check: is it the Echo you're talking to right now?");
    const no = await c.intent('AMAZON.NoIntent');
    expect(no.speech).toBe(plain(t('diagnosis.askDevice')));
    const named = await c.intent('SupportIntent', device('echo dot', 'ECHO'));
    expect(named.speech).toContain("I can see your Kitchen Echo Dot has a weak Wi-Fi signal");
  });

  it('an unknown device with a TV screen is taken for a Fire TV', async () => {
    const c = new Conversation({ deviceId: 'amzn1.ask.device.SOMEONE_ELSES_TV', accessToken: ALEX, screen: 'TV' });
    const confirm = await describe_(c, symptom('buffering', 'BUFFERING'));
    expect(confirm.speech).toBe("Just to check: is it the Fire TV you're talking to right now?");
    expect((await c.intent('AMAZON.YesIntent')).speech).toContain('Does it buffer in every app, not just one?');
  });

  it("never reveals another customer's device: Alex's Fire TV id with Sam's account is just an unknown TV", async () => {
    const c = new Conversation({ deviceId: DEMO_DEVICE_IDS.fireTv, accessToken: 'demo-token-sam', screen: 'TV' });
    const confirm = await describe_(c, symptom("the remote doesn't work", 'REMOTE'));
    expect(confirm.speech).not.toMatch(/Living Room|battery|batteries in the remote of/);
    const first = await c.intent('AMAZON.YesIntent');
    expect(first.speech).not.toMatch(/Living Room|I can see/);
    expect(c.state?.diagnosis).toMatchObject({ device: { family: 'FIRE_TV', conditions: [] } });
    expect((c.state?.diagnosis as { device: Record<string, unknown> }).device.name).toBeUndefined();
  });

  it('a device the desk does not support: says which devices it helps with', async () => {
    const c = new Conversation(fromEchoDot);
    const reply = await describe_(c, { ...device('toaster', 'OTHER'), ...symptom('frozen', 'FROZEN') });
    expect(reply.speech).toContain("can't help with toaster problems. I look after Echo, Fire TV and Kindle devices");
    expect(reply.endsSession).toBe(false);
  });
});

describe('the steps, as a good agent takes them', () => {
  const startLightRing = async () => {
    const c = new Conversation(fromEchoShow);
    await describe_(c, symptom('light ring', 'LIGHT_RING'));
    return c;
  };

  it('rephrases an answer that fits no step once, then offers the team', async () => {
    const c = await startLightRing();
    const rephrased = await c.intent('AMAZON.FallbackIntent');
    expect(rephrased.speech).toBe("Sorry, I didn't catch that. Is the light on your Echo red?");
    const offer = await c.intent('ItWorkedIntent');
    expect(offer.speech).toBe("I don't think I'm understanding you, I'm sorry. Would you like me to pass everything we've done so far to our Echo team?");
    const no = await c.intent('AMAZON.NoIntent');
    expect(no.speech).toBe("Okay, let's keep going. Let's work out what the light means. You can just tell me its colour, or answer this: is it red?");
    await c.intent('AMAZON.FallbackIntent');
    await c.intent('AMAZON.FallbackIntent');
    const yes = await c.intent('AMAZON.YesIntent');
    expect(yes.speech).toContain("I've written up everything we tried for our Echo team");
    expect(c.state?.handoff).toMatchObject({ team: 'ECHO', device: { name: 'Bedroom Echo Show' }, problem: { symptomId: 'LIGHT_RING' } });
  });

  it('starts counting again once a step is back on track', async () => {
    const c = new Conversation(fromFireTv);
    await describe_(c, symptom('app crashing', 'APP_CRASHING'));
    await c.intent('AMAZON.FallbackIntent');
    await c.intent('WaitIntent');
    await c.intent('ContinueIntent');
    expect((await c.intent('AMAZON.FallbackIntent')).speech).toBe(plain(t('diagnosis.rephraseAction')));
  });

  it('"no" to the team when no steps fit asks for the problem again, with a fresh count', async () => {
    const c = new Conversation(fromEchoDot);
    await describe_(c, { ...device('kindle', 'KINDLE'), ...symptom('no sound', 'NO_SOUND') });
    await describe_(c, symptom('smells like smoke'));
    const no = await c.intent('AMAZON.NoIntent');
    expect(no.speech).toContain("What's happening with your Kindle?");
    expect((await describe_(c, symptom('smells like smoke'))).speech).toBe(plain(t('diagnosis.unknownSymptom.KINDLE')));
  });

  it('an action step rephrased asks for a plain yes or no', async () => {
    const c = new Conversation(fromFireTv);
    await describe_(c, symptom('app crashing', 'APP_CRASHING'));
    expect((await c.intent('AMAZON.FallbackIntent')).speech).toBe(plain(t('diagnosis.rephraseAction')));
  });

  it('goes back, skips, and moves past what was already tried', async () => {
    const c = new Conversation(fromFireTv);
    await describe_(c, symptom('app crashing', 'APP_CRASHING'));
    const atFirst = await c.intent('AMAZON.PreviousIntent');
    expect(atFirst.speech).toMatch(/^We're at the first step\. I can see your Living Room Fire TV has a software update waiting/);
    const tried = await c.intent('AlreadyTriedIntent');
    expect(tried.speech).toMatch(/^Okay, since you've already tried that, let's move on\. Go to Settings, then Applications, then Manage Installed Applications\. Choose the app, select Force Stop/);
    const skipped = await c.intent('AMAZON.NextIntent');
    expect(skipped.speech).toMatch(/^Sure, let's skip that one\. In the same place, choose the app again and select Clear Cache\./);
    const back = await c.intent('AMAZON.PreviousIntent');
    expect(back.speech).toMatch(/^Sure, going back a step\. Go to Settings, then Applications, then Manage Installed Applications\. Choose the app, select Force Stop/);
    expect(c.state?.diagnosis).toMatchObject({ position: { stepId: 'forceStop', history: [{ stepId: 'status.UPDATE_PENDING', answer: 'ALREADY_TRIED' }] } });
  });

  it('repeats the step word for word', async () => {
    const c = await startLightRing();
    const asked = await c.intent('AMAZON.NoIntent');
    const again = await c.intent('AMAZON.RepeatIntent');
    expect(again.speech).toBe(asked.speech);
  });

  it('waits without losing the place, and carries on when the customer is ready', async () => {
    const c = new Conversation(fromFireTv);
    await describe_(c, symptom('no sound', 'NO_SOUND'));
    await c.intent('DidNotHelpIntent');
    const wait = await c.intent('WaitIntent');
    expect(wait.speech).toBe(plain(t('diagnosis.wait')));
    expect(wait.endsSession).toBe(false);
    const resumed = await c.intent('ContinueIntent');
    expect(resumed.speech).toBe("Okay, here's where we were. Press volume up on your Fire TV remote, and on your TV's own remote, in case either is muted. Did that fix it?");
    const done = await c.intent('ContinueIntent');
    expect(done.speech).toBe('Did that fix it?');
  });

  it('takes "it worked" straight after a pause', async () => {
    const c = new Conversation(fromFireTv);
    await describe_(c, symptom('no sound', 'NO_SOUND'));
    await c.intent('WaitIntent');
    const fixed = await c.intent('ItWorkedIntent');
    expect(fixed.speech).toMatch(/^That's great news.*If it happens again, check the TV and the Fire TV aren't muted/);
    expect(fixed.endsSession).toBe(true);
    expect(await saved(c.test)).toBeUndefined();
  });

  it('leaves help and stop to the rest of the desk once the customer has moved on to something else', async () => {
    const c = new Conversation(fromFireTv);
    await describe_(c, symptom('no sound', 'NO_SOUND'));
    await c.intent('SupportIntent', { topic: { spoken: 'order', id: 'ORDER' } });
    expect((await c.intent('AMAZON.HelpIntent')).speech).toBe(plain(t('core.help')));
    const stop = await c.intent('AMAZON.StopIntent');
    expect(stop.speech).toBe(plain(t('core.goodbye')));
    expect(stop.endsSession).toBe(true);
  });

  it('a "no" to carrying on after a pause saves the place and closes', async () => {
    const c = new Conversation(fromFireTv);
    await describe_(c, symptom('no sound', 'NO_SOUND'));
    await c.intent('WaitIntent');
    const bye = await c.intent('AMAZON.NoIntent');
    expect(bye.speech).toBe(plain(t('diagnosis.pausedGoodbye')));
    expect(bye.endsSession).toBe(true);
    expect(await saved(c.test)).toMatchObject({ area: 'diagnosis', data: { treeId: 'FIRE_TV_NO_SOUND' } });
  });

  it('explains what can be said, then gives the step again', async () => {
    const c = await startLightRing();
    const help = await c.intent('AMAZON.HelpIntent');
    expect(help.speech).toMatch(/^I'm walking you through fixing the light on your Bedroom Echo Show one step at a time\..*is it red\?$/);
  });

  it('a plain "no" to "did that fix it?" reaches the team as "did not help"', async () => {
    const c = new Conversation(fromFireTv);
    await describe_(c, symptom("the remote doesn't work", 'REMOTE'));
    await c.intent('AMAZON.NoIntent');
    await c.intent('TalkToAgentIntent');
    expect(c.state?.handoff).toMatchObject({ stepsTried: [{ stepId: 'status.REMOTE_BATTERY_LOW', answer: 'did not help' }] });
  });

  it('"agent" mid-way goes to the team with the steps so far', async () => {
    const c = new Conversation(fromFireTv);
    await describe_(c, symptom("the remote doesn't work", 'REMOTE'));
    await c.intent('DidNotHelpIntent');
    const agent = await c.intent('TalkToAgentIntent');
    expect(agent.speech).toMatch(/^Of course\. I'll pass on everything we've tried so far, so you won't have to repeat it\. Our Fire TV team can call you back/);
    expect(c.state?.handoff).toMatchObject({ reason: 'CUSTOMER_ASKED', stepsTried: [{ stepId: 'status.REMOTE_BATTERY_LOW', answer: 'did not help' }] });
  });

  it('a new problem mid-way starts its own steps', async () => {
    const c = new Conversation(fromFireTv);
    await describe_(c, symptom("the remote doesn't work", 'REMOTE'));
    const other = await describe_(c, symptom('no picture', 'NO_PICTURE'));
    expect(other.speech).toContain("Use your TV's own remote to switch to the HDMI input");
  });
});

describe('carrying on next time', () => {
  it('saves after every step, and offers to carry on at the next launch', async () => {
    const test = testSkill();
    const first = new Conversation(fromFireTv, test);
    await describe_(first, symptom("the remote doesn't work", 'REMOTE'));
    await first.intent('DidNotHelpIntent');
    expect(await saved(test)).toMatchObject({ area: 'diagnosis', data: { treeId: 'FIRE_TV_REMOTE', position: { stepId: 'pair' } } });
    const stop = await first.intent('AMAZON.StopIntent');
    expect(stop.speech).toBe(plain(t('diagnosis.savedGoodbye')));
    expect(stop.endsSession).toBe(true);

    const next = new Conversation(fromFireTv, test);
    const offer = await next.launch();
    expect(offer.speech).toBe('Welcome back to Device Help Desk. Last time we were fixing the remote on your Living Room Fire TV. Shall we carry on?');
    const yes = await next.intent('AMAZON.YesIntent');
    expect(yes.speech).toMatch(/^Great, let's pick up where we left off\. Stand close to the Fire TV, then press and hold the Home button/);
    expect((await next.intent('ItWorkedIntent')).endsSession).toBe(true);
    expect(await saved(test)).toBeUndefined();
    expect(plain((await new Conversation(fromFireTv, test).launch()).ssml)).toBe(plain(t('support.welcome')));
  });

  it('"no" to carrying on forgets it and asks what else, without a second greeting', async () => {
    const test = testSkill();
    const first = new Conversation(fromEchoDot, test);
    await describe_(first, symptom('bluetooth', 'BLUETOOTH'));
    await first.send(sessionEndedRequest('EXCEEDED_MAX_REPROMPTS'));
    const next = new Conversation(fromEchoDot, test);
    expect((await next.launch()).speech).toContain('Last time we were fixing Bluetooth pairing on your Kitchen Echo Dot.');
    const no = await next.intent('AMAZON.NoIntent');
    expect(no.speech).toBe(plain(t('diagnosis.resumeDeclined')));
    expect(await saved(test)).toBeUndefined();
  });

  it('"start over" mid-way forgets the saved place too: the next session greets', async () => {
    const test = testSkill();
    const first = new Conversation(fromEchoDot, test);
    await describe_(first, symptom('bluetooth', 'BLUETOOTH'));
    expect(await saved(test)).toBeDefined();
    expect((await first.intent('AMAZON.StartOverIntent')).speech).toBe(plain(t('support.welcome')));
    expect(await saved(test)).toBeUndefined();
    const next = new Conversation(fromEchoDot, test);
    expect((await next.launch()).speech).toBe(plain(t('support.welcome')));
  });

  it('a session that ends mid-way keeps the place', async () => {
    const test = testSkill();
    const c = new Conversation(fromEchoDot, test);
    await describe_(c, symptom('bluetooth', 'BLUETOOTH'));
    await c.intent('AMAZON.YesIntent');
    await test.deps.progress.clear('amzn1.ask.account.TESTUSER');
    const ended = await c.send(sessionEndedRequest('USER_INITIATED'));
    expect(ended.speech).toBe('');
    expect(await saved(test)).toMatchObject({ data: { position: { stepId: 'pairMode' } } });
  });

  it.each([
    ['a tree that no longer exists', { treeId: 'FIRE_TV_GONE', position: { stepId: 'pair', history: [] }, device: { family: 'FIRE_TV', kind: 'FIRE_TV' } }],
    ['a step that no longer exists', { treeId: 'FIRE_TV_REMOTE', position: { stepId: 'gone', history: [] }, device: { family: 'FIRE_TV', kind: 'FIRE_TV' } }],
    ['data of another shape', { treeId: 42 }],
  ])('greets as usual when the saved progress is %s', async (_what, data) => {
    const test = testSkill();
    await test.deps.progress.save('amzn1.ask.account.TESTUSER', { area: 'diagnosis', data, savedAt: '2026-11-22T12:00:00.000Z' });
    expect(plain((await new Conversation(fromFireTv, test).launch()).ssml)).toBe(plain(t('support.welcome')));
  });

  it('a progress store that fails never breaks the conversation', async () => {
    const failing = { load: async () => Promise.reject(new Error('down')), save: async () => Promise.reject(new Error('down')), clear: async () => Promise.reject(new Error('down')) };
    const test = testSkill({ progress: failing });
    const c = new Conversation(fromFireTv, test);
    expect((await c.launch()).speech).toBe(plain(t('support.welcome')));
    const first = await describe_(c, symptom('frozen', 'FROZEN'));
    expect(first.speech).toContain('software update waiting');
    expect((await c.intent('ItWorkedIntent')).endsSession).toBe(true);
    expect(test.log.entries.map((e) => e.message)).toEqual(expect.arrayContaining(['diagnosis progress not saved', 'diagnosis progress unavailable']));
  });

  it('a device-status backend that is down only loses the status step', async () => {
    const test = testSkill({ deviceStatus: { getStatus: () => Promise.reject(new Error('down')) } });
    const c = new Conversation(fromFireTv, test);
    const first = await describe_(c, symptom("the remote doesn't work", 'REMOTE'));
    expect(first.speech).toBe("Okay, let's fix it together, one step at a time. Put two fresh triple A batteries in the remote, the right way round. Did that fix it?");
    expect(test.log.entries.map((e) => e.message)).toContain('device status unavailable');
  });

  it('logs ids and outcomes, never device names', async () => {
    const c = new Conversation(fromFireTv);
    await describe_(c, symptom("the remote doesn't work", 'REMOTE'));
    await c.intent('ItWorkedIntent');
    const logged = JSON.stringify(c.test.log.entries);
    expect(logged).toContain('FIRE_TV_REMOTE');
    expect(logged).not.toMatch(/Living Room|Kitchen|Alex|demo-token/);
  });
});
