import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import nock from 'nock';
import { INVOCATION_NAME } from '../../interactionModels/en-US';
import { VoiceSession, type DeviceChoice } from '../../lambda/local/voice-session';
import { plainText } from '../../lambda/speech/ssml';
import { certificationProblems } from './certification';
import { TEST_SKILL_ID } from './requests';

const ROOT = join(__dirname, '..', '..');
export const BUNDLE_HANDLER = join(ROOT, 'dist', 'lambda', 'index.handler');
export const MODEL_FILE = join(ROOT, 'skill-package', 'interactionModels', 'custom', 'en-US.json');

export interface TranscriptOptions {
  device?: DeviceChoice;
  accessToken?: string;
  grantedScopes?: string[];
  mobileNumber?: AlexaAccess['mobileNumber'];
  timeZone?: string;
  /** Receives every call the bundle made to the mocked Alexa APIs. */
  apiCalls?: string[];
  /** The moment the conversation happens, for replies that depend on the teams' hours (default: the real clock). */
  now?: Date;
}

/** Every timer stays real; only the date the bundle reads is set, so backend timeouts still run. */
const REAL_TIMERS = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] as const;

const MOBILE_SCOPE = 'alexa::profile:mobile_number:read';
const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

/** What the mocked Alexa APIs know: the scopes granted so far (a live list: consent by voice adds to it) and the profile. */
export interface AlexaAccess {
  grantedScopes?: string[];
  /** The profile's mobile number; null for a profile without one. */
  mobileNumber?: { countryCode: string; phoneNumber: string } | null;
}

/**
 * Alexa's service APIs as the built bundle reaches them: over HTTPS at the request's apiEndpoint, here
 * answered by nock (time zone, progressive responses, the profile's mobile number, reminders, each
 * according to the granted scopes). Returns the recorded calls.
 */
export function alexaApiMock(timeZone = 'America/Los_Angeles', access: AlexaAccess = {}, calls: string[] = []): { calls: string[] } {
  const granted = (scope: string) => (access.grantedScopes ?? []).includes(scope);
  const mobile = access.mobileNumber === undefined ? { countryCode: '+1', phoneNumber: '2065550142' } : access.mobileNumber;
  let reminders = 0;
  nock('https://api.amazonalexa.com')
    .persist()
    .get(/\/v2\/devices\/.+\/settings\/System\.timeZone/)
    .reply(200, (uri) => (calls.push(`GET ${uri}`), JSON.stringify(timeZone)))
    .post('/v1/directives')
    .reply(204, (uri) => (calls.push(`POST ${uri}`), ''))
    .get(/\/v2\/accounts\/(~|%7E)current\/settings\/Profile\.mobileNumber/)
    .reply((uri) => {
      calls.push(`GET ${uri}`);
      if (!granted(MOBILE_SCOPE)) return [403, { code: 'ACCESS_DENIED', message: 'The authentication token does not have access to resource.' }];
      return mobile ? [200, mobile] : [204, ''];
    })
    .post('/v1/alerts/reminders')
    .reply((uri) => {
      calls.push(`POST ${uri}`);
      if (!granted(REMINDERS_SCOPE)) return [401, { message: 'no permission' }];
      reminders += 1;
      return [201, { alertToken: `mock-reminder-${reminders}`, status: 'ON' }];
    })
    .put(/\/v1\/alerts\/reminders\/.+/)
    .reply((uri) => (calls.push(`PUT ${uri}`), [200, { status: 'ON' }]))
    .delete(/\/v1\/alerts\/reminders\/.+/)
    .reply((uri) => (calls.push(`DELETE ${uri}`), [200, '']));
  return { calls };
}

const matches = (speech: string, pattern: string): boolean =>
  pattern.split(' | ').some((alternative) => {
    const parts = alternative.split('...').map((p) => p.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(parts.join('.*'), 'is').test(speech);
  });

/**
 * Runs a conversation written as the customer would have it:
 *   U: what the customer says
 *   A: words Alexa's reply must contain ("..." stands for anything in between, " | " separates alternatives)
 *   A! the reply closes the session          A? the reply keeps it open
 *   CARD: words the card must contain
 *   ASKS PERMISSION: the reply asks for a permission by voice (Connections.StartConnection)
 * Every reply is also held to the certification rules.
 */
export async function runTranscript(script: string, options: TranscriptOptions = {}): Promise<ResponseEnvelope[]> {
  if (!options.now) return converse(script, options);
  jest.useFakeTimers({ now: options.now, doNotFake: [...REAL_TIMERS] });
  try {
    return await converse(script, options);
  } finally {
    jest.useRealTimers();
  }
}

async function converse(script: string, options: TranscriptOptions): Promise<ResponseEnvelope[]> {
  const session = new VoiceSession({
    handler: BUNDLE_HANDLER,
    modelFile: MODEL_FILE,
    applicationId: TEST_SKILL_ID,
    invocationName: INVOCATION_NAME,
    device: options.device ?? 'echo-dot',
    accessToken: options.accessToken,
    grantedScopes: options.grantedScopes,
    // Consent given by voice reaches the mocked APIs through the same list.
    onConsent: (scope) => options.grantedScopes?.push(scope),
  });
  // virtual-alexa clears nock when it starts, so Alexa's APIs are mocked once the session exists.
  alexaApiMock(options.timeZone, options, options.apiCalls);
  const replies: ResponseEnvelope[] = [];
  let last: ResponseEnvelope | undefined;
  let lastUtterance = '';
  for (const raw of script.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const [, tag, rest] = /^(U:|A:|A!|A\?|CARD:|ASKS PERMISSION)\s*(.*)$/.exec(raw) ?? [];
    if (!tag) throw new Error(`transcript line not understood: ${raw}`);
    if (tag === 'U:') {
      lastUtterance = rest;
      const turn = await session.say(rest);
      last = turn.envelope;
      if (last) {
        replies.push(last);
        const problems = certificationProblems({ request: { type: 'IntentRequest' } } as RequestEnvelope, last);
        if (problems.length) throw new Error(`"${rest}": ${problems.join('; ')}`);
      }
      continue;
    }
    if (!last) throw new Error(`no reply to check for "${raw}"`);
    const speech = plainText(last.response.outputSpeech?.type === 'SSML' ? last.response.outputSpeech.ssml : '');
    const context = `after "${lastUtterance}" Alexa said: ${speech}`;
    if (tag === 'A:' && !matches(speech, rest)) throw new Error(`expected "${rest}"\n${context}`);
    if (tag === 'A!' && last.response.shouldEndSession === false) throw new Error(`expected the session to close\n${context}`);
    if (tag === 'A?' && last.response.shouldEndSession !== false) throw new Error(`expected the session to stay open\n${context}`);
    if (tag === 'ASKS PERMISSION' && !last.response.directives?.some((d) => d.type === 'Connections.StartConnection')) {
      throw new Error(`expected a permission request\n${context}`);
    }
    if (tag === 'CARD:') {
      const card = JSON.stringify(last.response.card ?? {});
      if (!matches(card, rest)) throw new Error(`expected a card with "${rest}", got ${card}\n${context}`);
    }
  }
  return replies;
}
