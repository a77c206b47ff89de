import type { services } from 'ask-sdk-model';
import type { DemoProfile } from './demo-data';

/** What the simulated Alexa service APIs know about the person talking. */
export interface SimulatedAlexaUser {
  profile?: DemoProfile;
  /** IANA time zone set on the device. */
  timeZone: string;
  /** Permission scopes the customer granted, e.g. alexa::profile:mobile_number:read. */
  grantedScopes: Set<string>;
}

/** Something the skill sent to Alexa's APIs besides a plain read: a progressive response or a reminder. */
export type AlexaSideEffect =
  | { kind: 'progressive'; ssml: string }
  | { kind: 'reminder'; request: unknown }
  | { kind: 'reminder-moved'; alertToken: string; request: unknown }
  | { kind: 'reminder-deleted'; alertToken: string };

const json = (statusCode: number, body: unknown): services.ApiClientResponse => ({
  statusCode,
  headers: [{ key: 'content-type', value: 'application/json' }],
  body: body === undefined ? '' : JSON.stringify(body),
});

const forbidden = () => json(403, { code: 'ACCESS_DENIED', message: 'The authentication token does not have access to resource.' });

/**
 * Alexa's service APIs answered locally from the demo data, for the simulator only: the deployed skill
 * always calls the real ones at the request's apiEndpoint through ask-sdk's DefaultApiClient.
 */
export class SimulatedAlexaApi implements services.ApiClient {
  readonly sideEffects: AlexaSideEffect[] = [];
  private reminders = 0;
  /** Reminders set and not deleted, by alert token. */
  readonly activeReminders = new Map<string, unknown>();

  constructor(public user: SimulatedAlexaUser) {}

  async invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    const path = new URL(request.url).pathname;
    const { profile, grantedScopes } = this.user;
    if (request.method === 'GET' && /^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/.test(path)) {
      return json(200, this.user.timeZone);
    }
    if (request.method === 'GET' && path === '/v2/accounts/~current/settings/Profile.mobileNumber') {
      if (!grantedScopes.has('alexa::profile:mobile_number:read')) return forbidden();
      return profile?.mobileNumber ? json(200, profile.mobileNumber) : json(204, undefined);
    }
    if (request.method === 'GET' && path === '/v2/accounts/~current/settings/Profile.givenName') {
      if (!grantedScopes.has('alexa::profile:given_name:read')) return forbidden();
      return profile ? json(200, profile.givenName) : json(204, undefined);
    }
    if (request.method === 'POST' && path === '/v1/directives') {
      const body = JSON.parse(request.body ?? '{}') as { directive?: { speech?: string } };
      this.sideEffects.push({ kind: 'progressive', ssml: body.directive?.speech ?? '' });
      return json(204, undefined);
    }
    if (request.method === 'POST' && path === '/v1/alerts/reminders') {
      if (!grantedScopes.has('alexa::alerts:reminders:skill:readwrite')) return json(401, { message: 'no permission' });
      this.sideEffects.push({ kind: 'reminder', request: JSON.parse(request.body ?? '{}') });
      this.reminders += 1;
      const alertToken = `demo-reminder-${this.reminders}`;
      this.activeReminders.set(alertToken, JSON.parse(request.body ?? '{}'));
      return json(201, { alertToken, status: 'ON' });
    }
    const reminder = /^\/v1\/alerts\/reminders\/([^/]+)$/.exec(path);
    if (reminder && (request.method === 'PUT' || request.method === 'DELETE')) {
      if (!grantedScopes.has('alexa::alerts:reminders:skill:readwrite')) return json(401, { message: 'no permission' });
      const alertToken = decodeURIComponent(reminder[1]);
      if (!this.activeReminders.has(alertToken)) return json(404, { message: 'reminder not found' });
      if (request.method === 'DELETE') {
        this.activeReminders.delete(alertToken);
        this.sideEffects.push({ kind: 'reminder-deleted', alertToken });
        return json(200, undefined);
      }
      const body = JSON.parse(request.body ?? '{}');
      this.activeReminders.set(alertToken, body);
      this.sideEffects.push({ kind: 'reminder-moved', alertToken, request: body });
      return json(200, { alertToken, status: 'ON' });
    }
    return json(404, { message: `not simulated: ${request.method} ${path}` });
  }
}
