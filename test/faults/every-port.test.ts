import type { RequestEnvelope } from 'ask-sdk-model';
import { DEMO_DEVICE_IDS } from '../../lambda/adapters/demo/demo-data';
import type { SkillDeps } from '../../lambda/skill-deps';
import { FAULTS, failingAlexaApi, faulty, type Fault } from '../support/faults';
import { Conversation, testSkill, type Reply } from '../support/harness';
import { intentRequest, launchRequest, type Caller } from '../support/requests';

/** Alexa allows about eight seconds for a whole reply; every faulty turn must land well inside it. */
const TURN_BUDGET_MS = 5000;

const alex: Caller = { deviceId: DEMO_DEVICE_IDS.fireTv, screen: 'TV', accessToken: 'demo-token-alex', grantedScopes: ['alexa::profile:mobile_number:read'] };

/** A conversation through every area, the way a customer would have it. */
const SCRIPT: { label: string; request: (c: Caller) => RequestEnvelope['request'] }[] = [
  { label: 'launch', request: (c) => launchRequest(c) },
  { label: 'support', request: (c) => intentRequest('SupportIntent', {}, c) },
  { label: 'device named', request: (c) => intentRequest('SupportIntent', { device: { spoken: 'fire stick', id: 'FIRE_TV' } }, c) },
  { label: 'agent', request: (c) => intentRequest('TalkToAgentIntent', {}, c) },
  { label: 'order topic', request: (c) => intentRequest('SupportIntent', { topic: { spoken: 'order', id: 'ORDER' } }, c) },
];

const PORTS: (keyof SkillDeps)[] = ['accounts', 'deviceStatus', 'orders', 'progress', 'contacts'];

async function runScript(overrides: Partial<SkillDeps>): Promise<{ label: string; reply: Reply; ms: number }[]> {
  const conversation = new Conversation(alex, testSkill(overrides, alex.grantedScopes));
  const results = [];
  for (const step of SCRIPT) {
    const started = Date.now();
    const reply = await conversation.send(step.request(alex));
    results.push({ label: step.label, reply, ms: Date.now() - started });
  }
  return results;
}

const errorHandlerSpeech = /Sorry, something went wrong|ran into a problem/;

describe('faults in every port', () => {
  const cases = PORTS.flatMap((port) => FAULTS.map((fault) => [port, fault] as [keyof SkillDeps, Fault]));

  it.each(cases)('%s %s: every turn still gets a spoken answer in time', async (port, fault) => {
    const healthy = testSkill().deps;
    const results = await runScript({ [port]: faulty(healthy[port] as object, fault, port) });
    for (const { label, reply, ms } of results) {
      expect({ label, speaks: reply.speech.length > 0 }).toEqual({ label, speaks: true });
      expect(ms).toBeLessThan(TURN_BUDGET_MS);
      // A backend that is down or slow is expected: it gets its own answer, not the generic apology.
      if (fault !== 'crash') expect({ label, speech: reply.speech }).not.toEqual({ label, speech: expect.stringMatching(errorHandlerSpeech) });
    }
  }, 30_000);
});

describe("faults in Alexa's service APIs", () => {
  it.each([401, 403, 429, 500, 'hang'] as const)('status %s: every turn still gets a useful answer in time', async (status) => {
    const results = await runScript({ apiClient: failingAlexaApi(status) });
    for (const { label, reply, ms } of results) {
      expect({ label, speaks: reply.speech.length > 0 }).toEqual({ label, speaks: true });
      expect({ label, speech: reply.speech }).not.toEqual({ label, speech: expect.stringMatching(errorHandlerSpeech) });
      expect(ms).toBeLessThan(TURN_BUDGET_MS);
    }
  }, 30_000);
});
