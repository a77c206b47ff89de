import { SkillBuilders, type RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { parseEnvelope } from '../../lambda/envelope';
import { powertoolsLog } from '../../lambda/observability/log';
import { powertoolsMetrics } from '../../lambda/observability/metrics';
import { speechFor } from '../../lambda/speech/i18n';

/**
 * The floor under the skill's cold start: the baseline plus the libraries every turn of the skill starts, set up
 * as the skill sets them up (Powertools' logger and metrics, i18next with the strings loaded at start, the zod/mini
 * envelope check), each used once as a launch uses it. None of the skill's own conversation is in it.
 */
const log = powertoolsLog();
const metrics = powertoolsMetrics();

const launch: RequestHandler = {
  canHandle: (input) => input.requestEnvelope.request.type === 'LaunchRequest',
  handle: (input) => {
    const t = speechFor(input.requestEnvelope.request.locale);
    return input.responseBuilder.speak(t('support.welcome')).reprompt(t('support.welcomeReprompt')).getResponse();
  },
};

const skill = SkillBuilders.custom().addRequestHandlers(launch).create();

export const handler = async (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => {
  try {
    if (!parseEnvelope(event).ok) throw new Error('malformed request envelope');
    log.info('turn', { requestId: event.request.requestId });
    metrics.count('Request');
    return await skill.invoke(event, context);
  } finally {
    metrics.flush();
  }
};
