import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { isIntent, isRequest } from '../conversation/matchers';
import { Turn } from '../conversation/turn';

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

/** The request names one of the area's intents, or answers a question the area asked (its pending ids start `prefix.`). */
export function intentsOrPending(input: HandlerInput, intents: Record<string, string>, prefix: string): boolean {
  return isIntent(input, ...Object.values(intents)) || (Turn.of(input).state.pending?.id ?? '').startsWith(`${prefix}.`);
}

/** The request is one of these types (a launch, a session's end, a session resumed). */
export function isOneOf(input: HandlerInput, ...types: string[]): boolean {
  return types.some((type) => isRequest(input, type));
}
