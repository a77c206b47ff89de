import type { HandlerInput } from 'ask-sdk-core';
import type { Response, SessionResumedRequest } from 'ask-sdk-model';

/** What the customer did with a permission request. */
export type ConsentAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

const CONSENT_URI = 'connection://AMAZON.AskForPermissionsConsent/2';

/**
 * Asks for a permission by voice (Alexa speaks the request itself). The session is suspended and comes
 * back as a SessionResumedRequest carrying `token`, so no speech and no open session here.
 */
export function askForPermission(input: HandlerInput, permissionScope: string, token: string): Response {
  return input.responseBuilder
    .addDirective({
      type: 'Connections.StartConnection',
      uri: CONSENT_URI,
      input: { '@type': 'AskForPermissionsConsentRequest', '@version': '2', permissionScopes: [{ permissionScope, consentLevel: 'ACCOUNT' }] },
      token,
      onCompletion: 'RESUME_SESSION',
    })
    .getResponse();
}

/** The answer to a permission request, when this request is the session resuming after one. */
export function consentAnswer(input: HandlerInput): { token: string; answer: ConsentAnswer } | undefined {
  const request = input.requestEnvelope.request;
  if (request.type !== 'SessionResumedRequest') return undefined;
  const cause = (request as SessionResumedRequest).cause as { type?: string; token?: string; status?: { code?: string }; result?: { status?: string } } | undefined;
  if (!cause || cause.type !== 'ConnectionCompleted') return undefined;
  const status = cause.result?.status;
  const ok = cause.status?.code === undefined || cause.status.code === '200';
  const answer: ConsentAnswer = ok && (status === 'ACCEPTED' || status === 'DENIED') ? status : 'NOT_ANSWERED';
  return { token: cause.token ?? '', answer };
}

/** The HTTP status of a failed Alexa service call (ask-sdk's ServiceError), if it has one. */
export function serviceStatus(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' ? status : undefined;
}
