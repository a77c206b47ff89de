import '../../lambda/local/quiet-notices';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { INVOCATION_NAME } from '../../interactionModels/en-US';
import { SimulatedAlexaApi } from '../../lambda/adapters/demo/demo-alexa-api';
import { createDemoBackend } from '../../lambda/adapters/demo/demo-backend';
import { memoryContactStore } from '../../lambda/adapters/memory/memory-contact-store';
import { assembleDeps, settingsFrom } from '../../lambda/config';
import { VoiceSession } from '../../lambda/local/voice-session';
import { recordingLog } from '../../lambda/observability/log';
import { recordingMetrics } from '../../lambda/observability/metrics';
import { systemClock } from '../../lambda/adapters/system-clock';
import { queueApiApp } from '../../lambda/queue-api/express-app';
import { plainText } from '../../lambda/speech/ssml';
import { answer, buildSkill } from '../../lambda/skill';
import { buildConsole } from '../../scripts/console';
import { remindersNotConfigured } from '../../lambda/ports/callback-reminders';

export const TOKENS = {
  FIRE_TV: 'fire-tv-team-token-for-the-console-01',
  ECHO: 'echo-team-token-for-the-console-00001',
};
const MOBILE = 'alexa::profile:mobile_number:read';

/**
 * The desk as `npm run serve` runs it, in this process: the queue API with the console on the real clock, and
 * the skill answering spoken conversations on the demo backend, both over one contact store.
 */
export async function openDesk() {
  const contacts = memoryContactStore();
  const backend = createDemoBackend(systemClock);
  const deps = assembleDeps({ settings: settingsFrom({}), backend, contacts, log: recordingLog(), metrics: recordingMetrics() });
  const app = queueApiApp({ tokens: TOKENS, policy: { maxAttempts: 3, retryAfterMinutes: 30 }, reminders: remindersNotConfigured, contacts, clock: systemClock, log: recordingLog() }, await buildConsole());
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });

  /** A customer talks to the skill on the Fire TV; the replies, in plain words. */
  async function converse(...utterances: string[]): Promise<string[]> {
    const customer = backend.customerByToken('demo-token-alex');
    const alexaApi = new SimulatedAlexaApi({ profile: customer?.profile, timeZone: 'America/Los_Angeles', grantedScopes: new Set([MOBILE]) });
    const talking = { ...deps, apiClient: alexaApi };
    const skill = buildSkill(talking);
    const voice = new VoiceSession({
      handler: (event) => answer(skill, talking, event),
      modelFile: join(__dirname, '..', '..', 'skill-package', 'interactionModels', 'custom', 'en-US.json'),
      applicationId: deps.skillId ?? 'amzn1.ask.skill.console-test',
      invocationName: INVOCATION_NAME,
      device: 'fire-tv',
      accessToken: 'demo-token-alex',
      grantedScopes: [MOBILE],
    });
    const replies: string[] = [];
    for (const utterance of utterances) {
      const { envelope } = await voice.say(utterance);
      const speech = (envelope as ResponseEnvelope | undefined)?.response.outputSpeech;
      replies.push(speech ? plainText(speech.type === 'SSML' ? speech.ssml : speech.text) : '');
    }
    return replies;
  }

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    contacts,
    converse,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type Desk = Awaited<ReturnType<typeof openDesk>>;
