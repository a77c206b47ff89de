import type { RequestEnvelope } from 'ask-sdk-model';
import { DEMO_DEVICE_IDS } from '../lambda/adapters/demo/demo-data';
import { envelope, intentRequest, launchRequest, type Caller } from '../test/support/requests';

/** A turn the benchmarks time: the same envelope goes to the skill and to the baseline. */
export interface BenchTurn {
  name: string;
  /** Does the skill wait on a backend (beyond the embedded demo data) for this turn? The 1 ms target excludes those. */
  backendIO: boolean;
  request: () => RequestEnvelope;
}

const ALEX_ON_FIRE_TV: Caller = { deviceId: DEMO_DEVICE_IDS.fireTv, accessToken: 'demo-token-alex', screen: 'TV' };

/** Add a turn here to time it; each is a new session so turns do not depend on one another. */
export const TURNS: BenchTurn[] = [
  { name: 'launch', backendIO: false, request: () => envelope(launchRequest(ALEX_ON_FIRE_TV), { caller: ALEX_ON_FIRE_TV }) },
  {
    name: 'diagnosis: my fire tv',
    backendIO: false,
    request: () => envelope(intentRequest('SupportIntent', { device: { spoken: 'fire tv', id: 'FIRE_TV' } }, ALEX_ON_FIRE_TV), { caller: ALEX_ON_FIRE_TV }),
  },
  {
    name: 'order: about an order',
    // Reads the device's time zone and sends a progressive response through Alexa's APIs.
    backendIO: true,
    request: () => envelope(intentRequest('SupportIntent', { topic: { spoken: 'an order', id: 'ORDER' } }, ALEX_ON_FIRE_TV), { caller: ALEX_ON_FIRE_TV }),
  },
  {
    name: 'callback: when is my callback',
    backendIO: false,
    request: () => envelope(intentRequest('CallbackStatusIntent', {}, ALEX_ON_FIRE_TV), { caller: ALEX_ON_FIRE_TV }),
  },
];

/** Points a request's Alexa service API calls at `apiEndpoint` (the local stub in bench/alexa-api-stub.ts). */
export function withAlexaApi(request: RequestEnvelope, apiEndpoint: string): RequestEnvelope {
  return { ...request, context: { ...request.context, System: { ...request.context.System, apiEndpoint } } };
}
