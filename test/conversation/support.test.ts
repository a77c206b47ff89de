import { AlexaTest, IntentRequestBuilder, LaunchRequestBuilder, SessionEndedRequestBuilder, type SkillSettings } from 'ask-sdk-test';
import { answer } from '../../lambda/skill';
import { speechFor } from '../../lambda/speech/i18n';
import { Conversation, testSkill } from '../support/harness';
import { TEST_SKILL_ID, envelope, intentRequest, launchRequest, sessionEndedRequest } from '../support/requests';

const t = speechFor('en-US', () => 0);
const plain = (ssml: string) => ssml.replace(/<[^>]+>/g, '');

/** ask-sdk-test drives the handlers; its question check (question ⇔ open session) stays on. */
describe('built-ins through ask-sdk-test', () => {
  const test = testSkill();
  const handler = (event: unknown) => answer(test.skill, test.deps, event);
  const settings: SkillSettings = { appId: TEST_SKILL_ID, userId: 'amzn1.ask.account.TEST', deviceId: 'amzn1.ask.device.TEST', locale: 'en-US' };
  const alexaTest = new AlexaTest(handler, settings);

  alexaTest.test([{ request: new LaunchRequestBuilder(settings).build(), says: plain(t('support.welcome')), reprompts: plain(t('support.welcomeReprompt')), shouldEndSession: false }], 'launch greets and asks the triage question');
  alexaTest.test([{ request: new IntentRequestBuilder(settings, 'AMAZON.HelpIntent').build(), says: plain(t('core.help')), shouldEndSession: false }], 'help explains the desk and ends with a question');
  alexaTest.test([{ request: new IntentRequestBuilder(settings, 'AMAZON.StopIntent').build(), says: plain(t('core.goodbye')), repromptsNothing: true, shouldEndSession: true }], 'stop leaves at once');
  alexaTest.test([{ request: new IntentRequestBuilder(settings, 'AMAZON.CancelIntent').build(), says: plain(t('core.goodbye')), shouldEndSession: true }], 'cancel leaves at once');
  alexaTest.test([{ request: new IntentRequestBuilder(settings, 'AMAZON.NavigateHomeIntent').build(), says: plain(t('core.goodbye')), shouldEndSession: true }], 'navigate home leaves');
  alexaTest.test([{ request: new IntentRequestBuilder(settings, 'AMAZON.FallbackIntent').build(), says: plain(t('core.fallback')), reprompts: plain(t('core.fallbackReprompt')), shouldEndSession: false }], 'fallback guides back');
  alexaTest.test([{ request: new IntentRequestBuilder(settings, 'SupportIntent').build(), says: plain(t('support.askTopic')), shouldEndSession: false }], 'a bare support request asks the triage question');
  alexaTest.test([{ request: new SessionEndedRequestBuilder(settings, 'USER_INITIATED').build(), saysNothing: true, repromptsNothing: true }], 'session ended says nothing');
});

describe('triage conversations', () => {
  it('asks order-or-device, then starts the diagnosis of a named device without asking again', async () => {
    const c = new Conversation();
    const first = await c.intent('SupportIntent');
    expect(first.speech).toBe(plain(t('support.askTopic')));
    expect(c.state?.pending).toEqual({ id: 'support.topic' });
    const second = await c.intent('SupportIntent', { device: { spoken: 'fire stick', id: 'FIRE_TV' } });
    expect(second.speech).toBe("What's happening with your Fire TV? For example: there's no picture, the remote doesn't work, or it keeps buffering.");
    expect(c.state).toMatchObject({ topic: 'DEVICE', deviceKind: 'FIRE_TV' });
  });

  it('asks which device when the customer only says it is a device', async () => {
    const c = new Conversation();
    const reply = await c.intent('SupportIntent', { topic: { spoken: 'device', id: 'DEVICE' } });
    expect(reply.speech).toBe(plain(t('support.askDevice')));
    const next = await c.intent('SupportIntent', { device: { spoken: 'paperwhite', id: 'KINDLE' } });
    expect(next.speech).toContain("What's happening with your Kindle?");
  });

  it.each([
    ['ACCOUNT', 'password'],
    ['PAYMENT', 'card number'],
    ['PRIME', 'membership'],
  ])('explains %s questions and where to go, then offers more help', async (id, words) => {
    const c = new Conversation();
    const reply = await c.intent('SupportIntent', { topic: { spoken: id.toLowerCase(), id } });
    expect(reply.speech).toContain(words);
    expect(reply.speech).toContain(plain(t('support.anythingElse')));
    const no = await c.intent('AMAZON.NoIntent');
    expect(no.endsSession).toBe(true);
  });

  it.each([
    ['return', 'RETURN', 'Which item would you like to return'],
    ['refund', 'RETURN', 'Your refund of $29.99 for the Kindle Kids case'],
    ["charge i don't recognise", 'PAYMENT', 'Was it $11.99'],
  ])('helps with "%s" here, in the order problems\' flows', async (spoken, id, words) => {
    const c = new Conversation({ accessToken: 'demo-token-alex', deviceId: 'amzn1.ask.device.DEMO_ECHO_DOT' });
    const reply = await c.intent('SupportIntent', { topic: { spoken, id } });
    expect(reply.speech).toContain(words);
  });

  it('says yes to "anything else" and is asked what, with what it knew forgotten', async () => {
    const c = new Conversation();
    await c.intent('SupportIntent', { topic: { spoken: 'prime', id: 'PRIME' } });
    const yes = await c.intent('AMAZON.YesIntent');
    expect(yes.speech).toBe(plain(t('support.askTopic')));
  });

  it('names the unsupported device and lists the supported ones', async () => {
    const c = new Conversation();
    const reply = await c.intent('SupportIntent', { device: { spoken: 'microwave' } });
    expect(reply.speech).toContain("can't help with microwave problems");
    expect(reply.speech).toContain('Echo, Fire TV and Kindle');
    expect(reply.endsSession).toBe(false);
  });

  it('escapes what the customer said before speaking it back', async () => {
    const c = new Conversation();
    const reply = await c.intent('SupportIntent', { device: { spoken: 'r&d <toaster>' } });
    expect(reply.ssml).toContain('r&amp;d &lt;toaster&gt;');
  });
});

describe('agent at any turn', () => {
  it('explains chat and callback and asks which team when nothing is known', async () => {
    const c = new Conversation();
    const reply = await c.intent('TalkToAgentIntent');
    expect(reply.speech).toContain('chat');
    expect(reply.speech).toContain('call you back');
    expect(reply.endsSession).toBe(false);
  });

  it('goes to the team of the device already named', async () => {
    const c = new Conversation();
    await c.intent('SupportIntent', { device: { spoken: 'echo show', id: 'ECHO_SHOW' } });
    const reply = await c.intent('TalkToAgentIntent');
    expect(reply.speech).toContain('Echo team');
  });
});

describe('repeat, start over and unexpected answers', () => {
  it('repeats the last question word for word', async () => {
    const c = new Conversation();
    const asked = await c.intent('SupportIntent');
    const again = await c.intent('AMAZON.RepeatIntent');
    expect(again.speech).toBe(asked.speech);
    expect(again.reprompt).toBe(asked.reprompt);
  });

  it('repeats a callback question with its digits and date read as before', async () => {
    const test = testSkill();
    const asked = '<speak>Shall I book the number ending in <say-as interpret-as="digits">0142</say-as> on <say-as interpret-as="date" format="ymd">20261126</say-as>? <break time="300ms"/>Yes or no?</speak>';
    // What the skill keeps for a question it asked, replayed through "repeat that".
    const reply = await answer(test.skill, test.deps, envelope(intentRequest('AMAZON.RepeatIntent'), { attributes: { last: { speech: [{ words: 'Shall I book the number ending in ' }, { digits: '0142' }, { words: ' on ' }, { date: '20261126' }, { words: '? ' }, { pauseMs: 300 }, { words: 'Yes or no?' }], reprompt: [{ words: 'Yes or no?' }] } } }));
    expect((reply.response.outputSpeech as { ssml: string }).ssml).toBe(asked);
  });

  it.each([
    ['an audio tag in the words it keeps', { speech: [{ words: '<audio src="https://example.com/x.mp3"/>Hello?' }], reprompt: [{ words: 'Hello?' }] }],
    ['SSML where it keeps words', { speech: '<audio src="https://example.com/x.mp3"/>Hello?', reprompt: 'Hello?' }],
    ['markup in a part meant for digits', { speech: [{ digits: '1</say-as><audio src="https://example.com/x.mp3"/>' }], reprompt: [{ words: 'Hello?' }] }],
  ])('never replays %s from forged session attributes as markup', async (_, last) => {
    const test = testSkill();
    const reply = await answer(test.skill, test.deps, envelope(intentRequest('AMAZON.RepeatIntent'), { attributes: { last } }));
    const ssml = (reply.response.outputSpeech as { ssml: string }).ssml;
    expect(ssml).not.toContain('<audio');
    expect(reply.response.reprompt).toBeDefined();
  });

  it('says there is nothing to repeat at the start of a session', async () => {
    const reply = await new Conversation().intent('AMAZON.RepeatIntent');
    expect(reply.speech).toBe(plain(t('core.nothingToRepeat')));
  });

  it('starts over with a clean slate', async () => {
    const c = new Conversation();
    await c.intent('SupportIntent', { device: { spoken: 'kindle', id: 'KINDLE' } });
    const reply = await c.intent('AMAZON.StartOverIntent');
    expect(reply.speech).toBe(plain(t('support.welcome')));
    expect(c.state?.deviceKind).toBeUndefined();
  });

  it('answers a yes that answers nothing with the choices', async () => {
    const reply = await new Conversation().intent('AMAZON.YesIntent');
    expect(reply.speech).toBe(plain(t('core.unexpectedYesNo')));
  });

  it('re-asks the pending question after words it did not understand', async () => {
    const c = new Conversation();
    await c.intent('SupportIntent');
    const reply = await c.intent('AMAZON.FallbackIntent');
    expect(reply.speech).toBe(`${plain(t('core.fallbackPrefix'))} ${plain(t('support.askTopicReprompt'))}`);
  });

  it('treats an intent no handler knows as a fallback, never an error', async () => {
    const reply = await new Conversation().intent('SomeRetiredIntent');
    expect(reply.speech).toBe(plain(t('core.fallback')));
  });
});

describe('bad requests', () => {
  it('logs a session end without speaking', async () => {
    const test = testSkill();
    const reply = await answer(test.skill, test.deps, envelope(sessionEndedRequest('EXCEEDED_MAX_REPROMPTS'), { attributes: {} }));
    expect(reply.response.outputSpeech).toBeUndefined();
    expect(test.log.entries).toContainEqual(expect.objectContaining({ message: 'session ended', fields: expect.objectContaining({ reason: 'EXCEEDED_MAX_REPROMPTS' }) }));
  });

  it('answers a request without a session or a device', async () => {
    const test = testSkill();
    const reply = await answer(test.skill, test.deps, envelope(intentRequest('SupportIntent'), { noSession: true }));
    expect(plain(reply.response.outputSpeech!.type === 'SSML' ? reply.response.outputSpeech!.ssml : '')).toBe(plain(t('support.askTopic')));
  });

  it('starts clean, and says so in the log, when session attributes are not what the skill wrote', async () => {
    const test = testSkill();
    const reply = await answer(test.skill, test.deps, envelope(intentRequest('AMAZON.RepeatIntent'), { attributes: { deviceKind: 'TOASTER', last: 42 } }));
    expect(reply.response.outputSpeech).toBeDefined();
    expect(test.log.entries.some((e) => e.message.includes('session attributes rejected'))).toBe(true);
  });

  it.each([
    ['not an object', 'hello'],
    ['no request', { version: '1.0', context: { System: { application: { applicationId: TEST_SKILL_ID }, user: { userId: 'u' } } } }],
    ['no context', { version: '1.0', request: { type: 'LaunchRequest', requestId: 'r', timestamp: 'now' } }],
  ])('answers a malformed envelope (%s) with a spoken apology', async (_, event) => {
    const test = testSkill();
    const reply = await answer(test.skill, test.deps, event);
    expect(reply.response.outputSpeech).toMatchObject({ ssml: `<speak>${t('core.error')}</speak>` });
    expect(reply.response.shouldEndSession).toBe(false);
  });

  it('refuses requests for another skill when a skill id is configured', async () => {
    const test = testSkill({ skillId: 'amzn1.ask.skill.someone-else' });
    await expect(answer(test.skill, test.deps, envelope(launchRequest()))).rejects.toThrow(/ID verification failed/);
  });

  it('serves its own skill id when one is configured', async () => {
    const test = testSkill({ skillId: TEST_SKILL_ID });
    const reply = await answer(test.skill, test.deps, envelope(launchRequest()));
    expect(reply.response.shouldEndSession).toBe(false);
  });

  it('apologises and offers the next step when a handler fails', async () => {
    let calls = 0;
    const failsOnce = () => {
      calls += 1;
      if (calls === 1) throw new Error('boom');
      return 0;
    };
    const test = testSkill({ random: failsOnce });
    const reply = await answer(test.skill, test.deps, envelope(launchRequest()));
    expect(reply.response.outputSpeech).toBeDefined();
    expect(reply.response.shouldEndSession).toBe(false);
    expect(test.log.entries).toContainEqual(expect.objectContaining({ level: 'error', message: 'request failed' }));
  });
});
