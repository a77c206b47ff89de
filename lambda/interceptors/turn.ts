import { getIntentName, type RequestInterceptor, type ResponseInterceptor } from 'ask-sdk-core';
import type { StateParse } from '../conversation/state';
import { Turn } from '../conversation/turn';
import { withFields } from '../observability/log';
import { countOutcome, notedOutcome, outcomeLabel } from '../observability/outcome';
import type { SkillDeps } from '../skill-deps';

/**
 * A session's first turn has nothing to read; later turns load the state's schemas (every area's) to check it.
 */
function sessionState(attributes: Record<string, unknown> | undefined): StateParse {
  if (attributes === undefined || Object.keys(attributes).length === 0) return { state: {}, valid: true };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../conversation/state') as typeof import('../conversation/state')).parseSessionState(attributes);
}

/**
 * Reads the session state the skill wrote last turn (validated) and opens the turn. The turn's log names
 * the request (id, type, intent) on every entry, whoever writes it.
 */
export function openTurn(deps: SkillDeps): RequestInterceptor {
  return {
    process(input) {
      const { request } = input.requestEnvelope;
      const log = withFields(deps.log, {
        requestId: request.requestId,
        requestType: request.type,
        intent: request.type === 'IntentRequest' ? getIntentName(input.requestEnvelope) : undefined,
      });
      const attributes = input.requestEnvelope.session === undefined ? {} : input.attributesManager.getSessionAttributes();
      const parsed = sessionState(attributes);
      if (!parsed.valid) log.warn('session attributes rejected; starting clean', { fields: parsed.issues });
      Turn.attach(input, new Turn(input, { ...deps, log }, parsed.state));
    },
  };
}

/** Writes what the turn learned back to the session, so the next turn starts from it. */
export const saveTurn: ResponseInterceptor = {
  process(input) {
    if (input.requestEnvelope.session === undefined) return;
    const turn = Turn.of(input);
    turn.settleMisses();
    input.attributesManager.setSessionAttributes({ ...turn.state });
  },
};

/**
 * One structured line per request, at its end: the request (id, type, intent, from the turn's log), how it
 * ended and what it achieved; never what was said. Achievements are counted as metrics too.
 */
export const logTurn: ResponseInterceptor = {
  process(input, response) {
    const turn = Turn.of(input);
    const outcome = notedOutcome(input);
    countOutcome(turn.deps.metrics, outcome);
    turn.deps.log.info('turn', {
      newSession: input.requestEnvelope.session?.new,
      outcome: outcomeLabel(outcome, response),
      team: outcome?.kind === 'HANDOFF' ? outcome.team : undefined,
      pending: turn.state.pending?.id,
      endsSession: response?.shouldEndSession,
      card: response?.card?.type,
      directives: response?.directives?.map((d) => d.type),
    });
  },
};
