import type { ResponseInterceptor } from 'ask-sdk-core';
import type { Response, ResponseEnvelope } from 'ask-sdk-model';
import { brokenResponseLimits } from '../alexa/response-limits';
import { Turn } from '../conversation/turn';

/**
 * The last check before a response leaves: Alexa drops one over its limits and the customer hears nothing,
 * so they hear the apology instead, and the session state (where forged attributes could have grown) is cleared.
 */
export const keepWithinAlexaLimits: ResponseInterceptor = {
  process(input, response) {
    if (!response) return;
    const inSession = input.requestEnvelope.session !== undefined;
    const envelope: ResponseEnvelope = { version: '1.0', response, sessionAttributes: inSession ? input.attributesManager.getSessionAttributes() : undefined };
    const broken = brokenResponseLimits(envelope);
    if (broken.length === 0) return;
    const turn = Turn.of(input);
    turn.deps.metrics.count('Error');
    turn.deps.log.error("response over Alexa's limits", { limits: broken });
    const apology: Response = {
      outputSpeech: { type: 'SSML', ssml: `<speak>${turn.speech('core.error')}</speak>` },
      reprompt: { outputSpeech: { type: 'SSML', ssml: `<speak>${turn.speech('core.errorReprompt')}</speak>` } },
      shouldEndSession: false,
    };
    for (const key of Object.keys(response)) delete response[key as keyof Response];
    Object.assign(response, apology);
    if (inSession) input.attributesManager.setSessionAttributes({});
  },
};
