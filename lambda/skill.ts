import { SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { builtInHandlers, errorHandler } from './handlers/built-ins';
import { supportHandlers, type HelpEntries } from './handlers/support';
import { intentsOrAnswers, isOneOf, lazyArea } from './handlers/lazy-area';
import { missedQuestion } from './handlers/missed-question';
import { keepWithinAlexaLimits } from './interceptors/response-limits';
import { logTurn, openTurn, saveTurn } from './interceptors/turn';
import { speechFor } from './speech/i18n';
import type { SkillDeps } from './skill-deps';
import { parseEnvelope } from './envelope';
import { DIAGNOSIS_INTENTS, NAVIGATION_INTENTS } from './vocabulary/diagnosis';
import { DIAGNOSIS_AREA } from './domain/diagnosis/area';
import { Turn } from './conversation/turn';
import { ORDER_INTENTS } from './vocabulary/orders';
import { ORDER_PROBLEM_INTENTS } from './vocabulary/order-problems';
import { ROUTING_INTENTS } from './vocabulary/routing';

/** The assembled skill: one `invoke` per request envelope. */
export type Skill = ReturnType<ReturnType<typeof SkillBuilders.custom>['create']>;

/*
 * The conversation areas load on the first turn that needs them (esbuild keeps a required module's code
 * out of the start-up path until then): a launch does not pay for orders or routing, an order for diagnosis.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const diagnosis = () => require('./handlers/diagnosis') as typeof import('./handlers/diagnosis');
const orders = () => require('./handlers/orders') as typeof import('./handlers/orders');
const orderProblems = () => require('./handlers/order-problems') as typeof import('./handlers/order-problems');
const routing = () => require('./handlers/routing') as typeof import('./handlers/routing');
/* eslint-enable @typescript-eslint/no-require-imports */

/** Callbacks and chats: their intents, answers to their questions, and sessions back from a permission request. */
const routingArea = lazyArea({
  concerns: (input) => intentsOrAnswers(input, ROUTING_INTENTS, 'routing') || isOneOf(input, 'SessionResumedRequest'),
  load: () => routing().routingHandlers(),
});

/** Orders with their problems (returns, refunds, charges, changes), whose handlers register with the orders area's. */
const orderArea = lazyArea({
  concerns: (input) => intentsOrAnswers(input, ORDER_INTENTS, 'orders') || intentsOrAnswers(input, ORDER_PROBLEM_INTENTS, 'orderProblem'),
  load: () => orders().orderHandlers(),
});

/** A launch concerns diagnosis when the last session saved one (a failed read is the area's to report). */
const diagnosisSaved = (input: HandlerInput) =>
  Turn.of(input)
    .savedProgress()
    .then((saved) => saved?.area === DIAGNOSIS_AREA, () => true);

/** Diagnosis also takes a launch with a diagnosis saved, and a session's end (progress to save). */
const diagnosisArea = lazyArea({
  concerns: (input) =>
    intentsOrAnswers(input, { ...DIAGNOSIS_INTENTS, ...NAVIGATION_INTENTS }, 'diagnosis') ||
    isOneOf(input, 'SessionEndedRequest') ||
    (isOneOf(input, 'LaunchRequest') && diagnosisSaved(input)),
  load: () => diagnosis().diagnosisHandlers,
});

/** Where triage hands over; each conversation area supplies its own entry. */
function helpEntries(): HelpEntries {
  return {
    deviceHelp: (turn, _family, kind) => diagnosis().diagnoseDevice(turn, kind),
    orderHelp: (turn) => orders().readOrders(turn),
    orderProblemHelp: (turn, problem) => orderProblems().orderProblemHelp(turn, problem),
  };
}

/** The composition root: the same skill for Lambda, the local simulator, the HTTP endpoint and tests. */
export function buildSkill(deps: SkillDeps): Skill {
  // The question registry decides which area takes a request (see the areas' `concerns`); a miss is taken
  // first, and the built-ins (with the catch-all) come last.
  const handlers = [missedQuestion, routingArea, orderArea, diagnosisArea, ...supportHandlers(helpEntries()), ...builtInHandlers];
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
