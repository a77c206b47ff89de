import { getDeviceId } from 'ask-sdk-core';
import type { Turn } from '../conversation/turn';
import { isTimeZone } from '../domain/routing/zoned-time';
import { withTimeout } from '../util/timeout';
import { serviceStatus } from './permissions';

/** Alexa's own APIs answer fast or not at all; waiting longer would eat the customer's 8 seconds. */
export const ALEXA_API_TIMEOUT_MS = 1000;

/**
 * The time zone of the device the customer is talking to (Device Settings API, no permission needed),
 * falling back to the linked account's, then to `fallback`. Looked up once per turn.
 */
export async function deviceTimeZone(turn: Turn, fallback = 'America/Los_Angeles'): Promise<string> {
  return turn.memo('deviceTimeZone', async () => {
    const deviceId = getDeviceId(turn.input.requestEnvelope);
    const factory = turn.input.serviceClientFactory;
    if (deviceId && factory) {
      try {
        const zone = await withTimeout(factory.getUpsServiceClient().getSystemTimeZone(deviceId), ALEXA_API_TIMEOUT_MS, 'time zone');
        if (typeof zone === 'string' && isTimeZone(zone)) return zone;
      } catch (error) {
        turn.deps.log.warn('device time zone unavailable', { error: (error as Error).name, status: serviceStatus(error) });
      }
    }
    const link = await turn.accountLink();
    return link.status === 'LINKED' ? link.account.timeZone : fallback;
  });
}

/**
 * Says something while a slow call runs ("Let me check your orders..."). Never waits long and never
 * fails the turn: a progressive response is a courtesy.
 */
export async function sendProgressive(turn: Turn, ssml: string): Promise<void> {
  const factory = turn.input.serviceClientFactory;
  const { request } = turn.input.requestEnvelope;
  if (!factory || (request.type !== 'IntentRequest' && request.type !== 'LaunchRequest')) return;
  try {
    await withTimeout(
      factory.getDirectiveServiceClient().enqueue({
        header: { requestId: request.requestId },
        directive: { type: 'VoicePlayer.Speak', speech: `<speak>${ssml}</speak>` },
      }),
      ALEXA_API_TIMEOUT_MS,
      'progressive response',
    );
  } catch (error) {
    turn.deps.log.warn('progressive response not sent', { error: (error as Error).name });
  }
}
