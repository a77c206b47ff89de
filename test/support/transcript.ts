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
  /** Receives the Alexa API calls the skill made ("GET /v2/devices/.../System.timeZone"). */
  apiCalls?: string[];
}

/**
 * Alexa's service APIs as the built bundle reaches them: over HTTPS at the request's apiEndpoint, here
 * answered by nock. Returns the recorded calls.
 */
export function alexaApiMock(timeZone = 'America/Los_Angeles'): { calls: string[] } {
  const calls: string[] = [];
  nock('https://api.amazonalexa.com')
    .persist()
    .get(/\/v2\/devices\/.+\/settings\/System\.timeZone/)
    .reply(200, (uri) => (calls.push(`GET ${uri}`), JSON.stringify(timeZone)))
    .post('/v1/directives')
    .reply(204, (uri) => (calls.push(`POST ${uri}`), ''));
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
 * Every reply is also held to the certification rules.
 */
export async function runTranscript(script: string, options: TranscriptOptions = {}): Promise<ResponseEnvelope[]> {
  const session = new VoiceSession({
    handler: BUNDLE_HANDLER,
    modelFile: MODEL_FILE,
    applicationId: TEST_SKILL_ID,
    invocationName: INVOCATION_NAME,
    device: options.device ?? 'echo-dot',
    accessToken: options.accessToken,
    grantedScopes: options.grantedScopes,
  });
  // Creating a virtual-alexa session clears every nock interceptor, so the Alexa APIs are mocked after it.
  const api = alexaApiMock();
  const replies: ResponseEnvelope[] = [];
  let last: ResponseEnvelope | undefined;
  let lastUtterance = '';
  for (const raw of script.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const [, tag, rest] = /^(U:|A:|A!|A\?|CARD:)\s*(.*)$/.exec(raw) ?? [];
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
    if (tag === 'CARD:') {
      const card = JSON.stringify(last.response.card ?? {});
      if (!matches(card, rest)) throw new Error(`expected a card with "${rest}", got ${card}\n${context}`);
    }
  }
  options.apiCalls?.push(...api.calls);
  return replies;
}
