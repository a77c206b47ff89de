import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { isIntent, isRequest } from '../conversation/matchers';
import { QUESTIONS, type QuestionArea } from '../conversation/questions';
import { pendingRoute } from '../conversation/question-route';

/** A conversation area whose code loads on the first request that concerns it, so a cold start runs only what its turn needs. */
export interface LazyArea {
  /** Cheap and loads nothing: could one of the area's handlers take this request? */
  concerns(input: HandlerInput): boolean | Promise<boolean>;
  /** The area's handlers, in the order they are asked. */
  load(): RequestHandler[];
}

/** One handler standing for a lazy area: it asks the area's handlers in order and lets the first that can answer. */
export function lazyArea(area: LazyArea): RequestHandler {
  let handlers: RequestHandler[] | undefined;
  const chosen = new WeakMap<HandlerInput, RequestHandler>();
  return {
    async canHandle(input) {
      if (!(await area.concerns(input))) return false;
      handlers ??= area.load();
      for (const handler of handlers) {
        if (await handler.canHandle(input)) {
          chosen.set(input, handler);
          return true;
        }
      }
      return false;
    },
    handle: (input) => chosen.get(input)!.handle(input),
  };
}

/**
 * The request names one of the area's intents, or is for the question the area asked: an answer, a built-in
 * said mid-question (help, stop, a person), or a miss the area rephrases itself. New requests go to their own area.
 */
export function intentsOrAnswers(input: HandlerInput, intents: Record<string, string>, area: QuestionArea): boolean {
  if (isIntent(input, ...Object.values(intents))) return true;
  const asked = pendingRoute(input);
  if (!asked || QUESTIONS[asked.question].area !== area) return false;
  return asked.route === 'ANSWER' || asked.route === 'BUILT_IN' || (asked.route === 'MISS' && QUESTIONS[asked.question].onMiss === 'AREA');
}

/** The request is one of these types (a launch, a session's end, a session resumed). */
export function isOneOf(input: HandlerInput, ...types: string[]): boolean {
  return types.some((type) => isRequest(input, type));
}
