import { SkillBuilders, type RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/** The baseline every benchmark compares against: the smallest useful ask-sdk-core skill. */
const launch: RequestHandler = {
  canHandle: (input) => input.requestEnvelope.request.type === 'LaunchRequest',
  handle: (input) => input.responseBuilder.speak('Welcome. What would you like?').reprompt('What would you like?').getResponse(),
};

const anyIntent: RequestHandler = {
  canHandle: (input) => input.requestEnvelope.request.type === 'IntentRequest',
  handle: (input) => input.responseBuilder.speak('Hello world.').getResponse(),
};

const skill = SkillBuilders.custom().addRequestHandlers(launch, anyIntent).create();

export const handler = async (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => skill.invoke(event, context);

/** The same skill object, for the HTTP benchmark. */
export { skill };
