import { SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { builtInHandlers, errorHandler } from './handlers/built-ins';
import { diagnoseDevice, diagnosisHandlers } from './handlers/diagnosis';
import { supportHandlers, type HelpEntries } from './handlers/support';
import { routingHandlers } from './handlers/routing';
import { orderHandlers, readOrders } from './handlers/orders';
import { orderProblemHelp } from './handlers/order-problems';
import { keepWithinAlexaLimits } from './interceptors/response-limits';
import { logTurn, openTurn, saveTurn } from './interceptors/turn';
import { speechFor } from './speech/i18n';
import type { SkillDeps } from './skill-deps';
import { parseEnvelope } from './envelope';

/** The assembled skill: one `invoke` per request envelope. */
export type Skill = ReturnType<ReturnType<typeof SkillBuilders.custom>['create']>;

/** Where triage hands over; each conversation area supplies its own entry. */
function helpEntries(): HelpEntries {
  return {
    deviceHelp: (turn, _family, kind) => diagnoseDevice(turn, kind),
    orderHelp: readOrders,
    orderProblemHelp,
  };
}

/** The composition root: the same skill for Lambda, the local simulator, the HTTP endpoint and tests. */
export function buildSkill(deps: SkillDeps): Skill {
  // Order matters: each area's handlers before the support entry's, built-ins (with the catch-all) last.
  const handlers = [...routingHandlers(), ...orderHandlers(), ...diagnosisHandlers, ...supportHandlers(helpEntries()), ...builtInHandlers];
  const builder = SkillBuilders.custom()
    .addRequestHandlers(...handlers)
    .addRequestInterceptors(openTurn(deps))
    .addResponseInterceptors(saveTurn, keepWithinAlexaLimits, logTurn)
    .addErrorHandlers(errorHandler(deps))
    .withApiClient(deps.apiClient)
    .withCustomUserAgent('device-help-desk');
  if (deps.skillId) builder.withSkillId(deps.skillId);
  return builder.create();
}

/**
 * Answers one request envelope. A malformed envelope gets a spoken apology instead of an exception;
 * a request for another skill is refused (it throws), as the skill-id check requires.
 */
export async function answer(skill: Skill, deps: SkillDeps, event: unknown, context?: unknown): Promise<ResponseEnvelope> {
  deps.metrics.count('Request');
  const envelope = parseEnvelope(event);
  if (!envelope.ok) {
    deps.metrics.count('Error');
    deps.log.warn('malformed request envelope', { fields: envelope.issues, outcome: 'ERROR' });
    const t = speechFor(undefined, deps.random);
    return {
      version: '1.0',
      response: {
        outputSpeech: { type: 'SSML', ssml: `<speak>${t('core.error')}</speak>` },
        reprompt: { outputSpeech: { type: 'SSML', ssml: `<speak>${t('core.errorReprompt')}</speak>` } },
        shouldEndSession: false,
      },
    };
  }
  return skill.invoke(envelope.value as RequestEnvelope, context);
}
