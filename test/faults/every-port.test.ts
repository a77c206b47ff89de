import type { RequestEnvelope } from 'ask-sdk-model';
import { DEMO_DEVICE_IDS } from '../../lambda/adapters/demo/demo-data';
import type { SkillDeps } from '../../lambda/skill-deps';
import { FAULTS, failingAlexaApi, faulty, type Fault } from '../support/faults';
import { Conversation, testSkill, type Reply } from '../support/harness';
import { intentRequest, launchRequest, type Caller, type SlotValues } from '../support/requests';
import { DIAGNOSIS_INTENTS } from '../../lambda/vocabulary/diagnosis';
import { ORDER_INTENTS } from '../../lambda/vocabulary/orders';
import { ROUTING_INTENTS } from '../../lambda/vocabulary/routing';

/** Alexa allows about eight seconds for a whole reply; every faulty turn must land well inside it. */
const TURN_BUDGET_MS = 5000;

const alex: Caller = { deviceId: DEMO_DEVICE_IDS.fireTv, screen: 'TV', accessToken: 'demo-token-alex', grantedScopes: ['alexa::profile:mobile_number:read'] };

const step = (label: string, name: string, slots: SlotValues = {}) => ({ label, request: (c: Caller) => intentRequest(name, slots, c) });

/** A conversation through every area, the way a customer would have it: each step reaches a different port. */
const SCRIPT: { label: string; request: (c: Caller) => RequestEnvelope['request'] }[] = [
  { label: 'launch (saved progress)', request: (c) => launchRequest(c) },
  step('support', 'SupportIntent'),
  step('device named (account, status)', 'SupportIntent', { device: { spoken: 'fire stick', id: 'FIRE_TV' } }),
  step('symptom (diagnosis, progress saved)', DIAGNOSIS_INTENTS.describeProblem, { symptom: { spoken: 'the remote', id: 'REMOTE' } }),
  step('step did not help', DIAGNOSIS_INTENTS.didNotHelp),
  step('agent (team queue)', 'TalkToAgentIntent'),
  step('callback (profile, slots)', ROUTING_INTENTS.chooseChannel, { channel: { spoken: 'callback', id: 'CALLBACK' } }),
  step('as soon as possible', ROUTING_INTENTS.scheduleCallback, { soon: { spoken: 'as soon as possible', id: 'ASAP' } }),
  step('confirm the booking (store)', 'AMAZON.YesIntent'),
  step('when is my callback (store)', ROUTING_INTENTS.callbackStatus),
  step('chat instead (store)', ROUTING_INTENTS.chooseChannel, { channel: { spoken: 'chat', id: 'CHAT' } }),
  step('where is my order (orders, time zone)', ORDER_INTENTS.status),
  step('cancel the remote (orders)', ORDER_INTENTS.cancel, { item: { spoken: 'remote', id: 'REMOTE' } }),
  step('confirm the cancellation', 'AMAZON.YesIntent'),
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

const said = (results: { label: string; reply: Reply }[], label: string) => results.find((r) => r.label === label)!.reply.speech;
/** A reply may be speech, or Alexa asking for a permission on the skill's behalf (a directive, no speech). */
const answers = (reply: Reply) => reply.speech.length > 0 || reply.directives.includes('Connections.StartConnection');

it('with nothing failing, the script books a callback and cancels an order (so the faults below hit real work)', async () => {
  const results = await runScript({});
  expect(said(results, 'confirm the booking (store)')).toMatch(/^Done: our Fire TV team will call/);
  expect(said(results, 'confirm the cancellation')).toMatch(/^Done: I've cancelled your Fire TV Alexa Voice Remote/);
});

describe('faults in every port', () => {
  const cases = PORTS.flatMap((port) => FAULTS.map((fault) => [port, fault] as [keyof SkillDeps, Fault]));

  it.each(cases)('%s %s: every turn still gets a spoken answer in time', async (port, fault) => {
    const healthy = testSkill().deps;
    const results = await runScript({ [port]: faulty(healthy[port] as object, fault, port) });
    for (const { label, reply, ms } of results) {
      expect({ label, answers: answers(reply) }).toEqual({ label, answers: true });
      expect(ms).toBeLessThan(TURN_BUDGET_MS);
      // A backend that is down or slow is expected: it gets its own answer, not the generic apology.
      if (fault !== 'crash') expect({ label, speech: reply.speech }).not.toEqual({ label, speech: expect.stringMatching(errorHandlerSpeech) });
    }
    // Nothing is reported done that was not stored.
    if (port === 'contacts') expect(said(results, 'confirm the booking (store)')).not.toMatch(/^Done/);
    if (port === 'orders') expect(said(results, 'confirm the cancellation')).not.toMatch(/cancelled your/);
  }, 30_000);
});

describe('a store that reads but cannot write', () => {
  it.each(FAULTS)('%s: the callback is never reported booked, nor the chat sent, and nothing is stored', async (fault) => {
    const healthy = testSkill().deps.contacts;
    const contacts = faulty(healthy, fault, 'contacts', ['bookCallback', 'createChat']);
    const results = await runScript({ contacts });
    // A write that never answers may have landed: the customer is told it is not certain, never "not booked".
    expect(said(results, 'confirm the booking (store)')).toMatch(fault === 'hang' ? /can't tell yet whether your callback is booked/ : /not booked/);
    expect(said(results, 'chat instead (store)')).not.toMatch(/I've sent a chat link/);
    expect(await healthy.queue('FIRE_TV')).toEqual([]);
  }, 30_000);
});

describe("faults in Alexa's service APIs", () => {
  it.each([401, 403, 429, 500, 'hang'] as const)('status %s: every turn still gets a useful answer in time', async (status) => {
    const results = await runScript({ apiClient: failingAlexaApi(status) });
    for (const { label, reply, ms } of results) {
      expect({ label, answers: answers(reply) }).toEqual({ label, answers: true });
      expect({ label, speech: reply.speech }).not.toEqual({ label, speech: expect.stringMatching(errorHandlerSpeech) });
      expect(ms).toBeLessThan(TURN_BUDGET_MS);
    }
  }, 30_000);
});
