import { getIntentName, getRequestType, type RequestInterceptor, type ResponseInterceptor } from 'ask-sdk-core';
import { parseSessionState } from '../conversation/state';
import { Turn } from '../conversation/turn';
import type { SkillDeps } from '../skill-deps';

/** Reads the session state the skill wrote last turn (validated) and opens the turn. */
export function openTurn(deps: SkillDeps): RequestInterceptor {
  return {
    process(input) {
      const inSession = input.requestEnvelope.session !== undefined;
      const parsed = parseSessionState(inSession ? input.attributesManager.getSessionAttributes() : {});
      if (!parsed.valid) deps.log.warn('session attributes rejected; starting clean', { fields: parsed.issues });
      Turn.attach(input, new Turn(input, deps, parsed.state));
    },
  };
}

/** Writes what the turn learned back to the session, so the next turn starts from it. */
export const saveTurn: ResponseInterceptor = {
  process(input) {
    if (input.requestEnvelope.session === undefined) return;
    input.attributesManager.setSessionAttributes({ ...Turn.of(input).state });
  },
};

/** One structured line per request and per response: what came in and how it ended; never what was said. */
export function logTurn(deps: SkillDeps): { request: RequestInterceptor; response: ResponseInterceptor } {
  return {
    request: {
      process(input) {
        const type = getRequestType(input.requestEnvelope);
        deps.log.info('request', {
          requestId: input.requestEnvelope.request.requestId,
          type,
          intent: type === 'IntentRequest' ? getIntentName(input.requestEnvelope) : undefined,
          newSession: input.requestEnvelope.session?.new,
        });
      },
    },
    response: {
      process(input, response) {
        deps.log.info('response', {
          requestId: input.requestEnvelope.request.requestId,
          pending: Turn.of(input).state.pending?.id,
          endsSession: response?.shouldEndSession,
          card: response?.card?.type,
          directives: response?.directives?.map((d) => d.type),
        });
      },
    },
  };
}
