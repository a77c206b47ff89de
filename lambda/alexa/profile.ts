import type { Turn } from '../conversation/turn';
import type { PhoneNumber } from '../domain/contacts/contact';
import { withTimeout } from '../util/timeout';
import { serviceStatus } from './permissions';
import { ALEXA_API_TIMEOUT_MS } from './services';

/** Customer Profile API scope for the mobile number. */
export const MOBILE_NUMBER_SCOPE = 'alexa::profile:mobile_number:read';

export type MobileNumberLookup =
  | { status: 'FOUND'; phone: PhoneNumber }
  /** 403: the customer has not granted the permission. */
  | { status: 'NO_PERMISSION' }
  /** 204: granted, but there is no mobile number on the profile. */
  | { status: 'NONE' }
  /** 401, 429, 5xx, a timeout: try another way. */
  | { status: 'UNAVAILABLE' };


/** The mobile number on the customer's Alexa profile. Never logged; the outcome is. */
export async function profileMobileNumber(turn: Turn): Promise<MobileNumberLookup> {
  const factory = turn.input.serviceClientFactory;
  if (!factory) return { status: 'UNAVAILABLE' };
  try {
    const found = await withTimeout(factory.getUpsServiceClient().getProfileMobileNumber(), ALEXA_API_TIMEOUT_MS, 'mobile number');
    const digits = found?.phoneNumber?.replace(/\D/g, '') ?? '';
    if (digits.length < 7) return { status: 'NONE' };
    return { status: 'FOUND', phone: { countryCode: found?.countryCode?.replace(/[^\d+]/g, '') || '+1', number: digits } };
  } catch (error) {
    const status = serviceStatus(error);
    if (status === 403) return { status: 'NO_PERMISSION' };
    if (status === 204) return { status: 'NONE' };
    turn.deps.log.warn('mobile number unavailable', { status, error: (error as Error).name });
    return { status: 'UNAVAILABLE' };
  }
}
