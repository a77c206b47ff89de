import type { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import { createDemoBackend, type DemoBackend } from '../../lambda/adapters/demo/demo-backend';
import { SimulatedAlexaApi } from '../../lambda/adapters/demo/demo-alexa-api';
import { recordingLog, type LogEntry } from '../../lambda/observability/log';
import { recordingMetrics } from '../../lambda/observability/metrics';
import { allLogEntries } from './log-capture';
import { fixedClock } from './fixed-clock';
import { assembleDeps } from '../../lambda/config';
import { answer, buildSkill, type Skill } from '../../lambda/skill';
import type { SkillDeps } from '../../lambda/skill-deps';
import { plainText } from '../../lambda/speech/ssml';
import { envelope, intentRequest, launchRequest, sessionResumedRequest, type Caller, type SlotValues } from './requests';

/** A Sunday evening in Los Angeles (Monday morning in UTC), so time-zone mistakes show. */
export const TEST_NOW = new Date('2026-11-23T03:30:00Z');

export { allLogEntries };

export interface TestSkill {
  deps: SkillDeps;
  skill: Skill;
  backend: DemoBackend;
  alexaApi: SimulatedAlexaApi;
  clock: ReturnType<typeof fixedClock>;
  log: ReturnType<typeof recordingLog>;
  metrics: ReturnType<typeof recordingMetrics>;
}

/** The skill on the demo backend, a fixed clock, simulated Alexa APIs and a recording log. */
export function testSkill(overrides: Partial<SkillDeps> = {}, grantedScopes: string[] = []): TestSkill {
  const clock = fixedClock(TEST_NOW);
  const backend = createDemoBackend(clock);
  const alex = backend.customerByToken('demo-token-alex');
  const alexaApi = new SimulatedAlexaApi({ profile: alex?.profile, timeZone: 'America/Los_Angeles', grantedScopes: new Set(grantedScopes) });
  const log = recordingLog();
  const metrics = recordingMetrics();
  const deps: SkillDeps = {
    ...assembleDeps({ settings: { backendTimeoutMs: 300 }, clock, backend, apiClient: alexaApi, log, metrics, random: () => 0 }),
    ...overrides,
  };
  const logged = deps.log;
  const recordAll = (level: LogEntry['level']) => (message: string, fields?: Record<string, unknown>) => {
    allLogEntries.push({ level, message, fields });
    logged[level](message, fields);
  };
  deps.log = { debug: recordAll('debug'), info: recordAll('info'), warn: recordAll('warn'), error: recordAll('error') };
  return { deps, skill: buildSkill(deps), backend, alexaApi, clock, log, metrics };
}

/** One response, in the forms tests assert on. */
export interface Reply {
  /** What Alexa says, as plain text. */
  speech: string;
  ssml: string;
  reprompt: string;
  endsSession: boolean;
  card?: ui.Card;
  directives: string[];
  envelope: ResponseEnvelope;
}

export function reply(envelope: ResponseEnvelope): Reply {
  const { response } = envelope;
  const ssmlOf = (o: typeof response.outputSpeech) => (o ? (o.type === 'SSML' ? o.ssml : o.text) : '');
  const ssml = ssmlOf(response.outputSpeech);
  return {
    speech: plainText(ssml),
    ssml,
    reprompt: plainText(ssmlOf(response.reprompt?.outputSpeech)),
    endsSession: response.shouldEndSession !== false,
    card: response.card,
    directives: (response.directives ?? []).map((d) => d.type),
    envelope,
  };
}

/**
 * A multi-turn conversation with the skill: session attributes carry from turn to turn as Alexa carries
 * them, and a closed session makes the next request start a new one.
 */
export class Conversation {
  private attributes?: Record<string, unknown>;
  readonly test: TestSkill;

  constructor(
    readonly caller: Caller = {},
    test?: TestSkill,
  ) {
    this.test = test ?? testSkill();
  }

  async send(request: RequestEnvelope['request']): Promise<Reply> {
    const env = envelope(request, { caller: this.caller, attributes: this.attributes });
    const result = reply(await answer(this.test.skill, this.test.deps, env));
    // A permission request suspends the session (it resumes with the answer); anything else that ends it ends it.
    const suspended = result.directives.includes('Connections.StartConnection');
    this.attributes = result.endsSession && !suspended ? undefined : (result.envelope.sessionAttributes ?? {});
    return result;
  }

  /** Starts the conversation part-way, with session attributes an area left (a handoff, say). */
  seed(attributes: Record<string, unknown>): this {
    this.attributes = attributes;
    return this;
  }

  /** The customer's answer to a permission request, as the resumed session brings it. */
  resume(token: string, status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED'): Promise<Reply> {
    return this.send(sessionResumedRequest(token, status, this.caller));
  }

  launch(): Promise<Reply> {
    return this.send(launchRequest(this.caller));
  }

  intent(name: string, slotValues: SlotValues = {}): Promise<Reply> {
    return this.send(intentRequest(name, slotValues, this.caller));
  }

  /** The session attributes as the skill left them. */
  get state(): Record<string, unknown> | undefined {
    return this.attributes;
  }
}
