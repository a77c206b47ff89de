import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { isIntent } from '../conversation/matchers';
import { Turn } from '../conversation/turn';

/** A request handler written against the turn (its speech, session state and dependencies) rather than the raw input. */
export interface TurnHandlerSpec {
  /** Cheap: could this handler answer the request? `input` is there for the matchers. */
  canHandle(turn: Turn, input: HandlerInput): boolean | Promise<boolean>;
  handle(turn: Turn): Response | Promise<Response>;
}

/** Makes an ask-sdk request handler of one written against the turn the turn interceptor opened. */
export function turnHandler(spec: TurnHandlerSpec): RequestHandler {
  return {
    canHandle: (input) => spec.canHandle(Turn.of(input), input),
    handle: (input) => spec.handle(Turn.of(input)),
  };
}

/** A handler for one intent, whatever was asked before. */
export function intentHandler(intent: string, handle: TurnHandlerSpec['handle']): RequestHandler {
  return turnHandler({ canHandle: (_turn, input) => isIntent(input, intent), handle });
}
