import { getIntentName, type HandlerInput } from 'ask-sdk-core';
import { isRequest } from './matchers';
import { routeOf, type QuestionId, type Route } from './questions';
import { Turn } from './turn';

/** The question waiting for an answer, and what this request is to it; none when nothing was asked or no intent was said. */
export function pendingRoute(input: HandlerInput): { question: QuestionId; route: Route } | undefined {
  const question = Turn.of(input).state.pending?.id;
  if (!question || !isRequest(input, 'IntentRequest')) return undefined;
  return { question, route: routeOf(question, getIntentName(input.requestEnvelope)) };
}
