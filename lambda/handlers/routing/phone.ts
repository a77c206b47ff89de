/** The number the team calls: the profile's (the permission asked for by voice when missing), or one the customer says. */
import type { Response } from 'ask-sdk-model';
import { askForPermission, type ConsentAnswer } from '../../alexa/permissions';
import { MOBILE_NUMBER_SCOPE, profileMobileNumber } from '../../alexa/profile';
import type { Turn } from '../../conversation/turn';
import type { RoutingState } from '../../domain/routing/session';
import type { PhoneNumber } from '../../domain/contacts/contact';
import type { SpeechKey } from '../../speech/i18n';
import { CONSENT_TOKENS } from './consent';

/** The number is in the session now, or the question that gets it has been asked. */
export type NumberStep = { known: true } | { known: false; response: Response };

export function askPhone(turn: Turn, key: SpeechKey): Response {
  turn.state.pending = { id: 'routing.phone' };
  return turn.ask(turn.speech(key), turn.speech('routing.phone.reprompt')).getResponse();
}

/** The number already given, or the profile's; without the permission, asks for it by voice. */
export function findNumber(turn: Turn): Promise<NumberStep> {
  return lookUpNumber(turn, () => {
    turn.state.pending = { id: 'routing.consent' };
    return askForPermission(turn.input, MOBILE_NUMBER_SCOPE, CONSENT_TOKENS.mobile);
  });
}

/** Back from the permission request with a yes: the profile's number, or the customer is asked to say it (never asked the permission twice). */
export function numberAfterConsent(turn: Turn): Promise<NumberStep> {
  return lookUpNumber(turn, () => askPhone(turn, 'routing.phone.askUnavailable'));
}

/** Back from the permission request without a yes: the customer is asked to say the number. */
export function numberWithoutConsent(turn: Turn, answer: Exclude<ConsentAnswer, 'ACCEPTED'>): Response {
  return askPhone(turn, answer === 'DENIED' ? 'routing.phone.askDenied' : 'routing.phone.askNotAnswered');
}

async function lookUpNumber(turn: Turn, withoutPermission: () => Response): Promise<NumberStep> {
  const state = (turn.state.routing ??= {});
  if (state.phone) return { known: true };
  const lookup = await profileMobileNumber(turn);
  switch (lookup.status) {
    case 'FOUND':
      state.phone = { source: 'PROFILE', last4: lookup.phone.number.slice(-4), countryCode: lookup.phone.countryCode };
      return { known: true };
    case 'NO_PERMISSION':
      return { known: false, response: withoutPermission() };
    case 'NONE':
      return { known: false, response: askPhone(turn, 'routing.phone.askNoProfile') };
    case 'UNAVAILABLE':
      return { known: false, response: askPhone(turn, 'routing.phone.askUnavailable') };
  }
}

/** A number the customer said: NANP numbers, ten digits (a leading 1 is the country code). */
function spokenPhone(said: string): PhoneNumber | undefined {
  let digits = said.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return undefined;
  return { countryCode: '+1', number: digits };
}

/** "My number is ...": kept in the session (until booked); false when the words are not a number. */
export function takeSpokenNumber(turn: Turn, said: string | undefined): boolean {
  const phone = said ? spokenPhone(said) : undefined;
  if (!phone) return false;
  (turn.state.routing ??= {}).phone = { source: 'SPOKEN', last4: phone.number.slice(-4), countryCode: phone.countryCode, digits: phone.number };
  return true;
}

/** The full number to book with: the spoken one, or the profile's fetched again (it is never kept). */
export async function numberToCall(turn: Turn, state: RoutingState): Promise<PhoneNumber | undefined> {
  if (state.phone?.source === 'SPOKEN' && state.phone.digits) return { countryCode: state.phone.countryCode ?? '+1', number: state.phone.digits };
  const lookup = await profileMobileNumber(turn);
  return lookup.status === 'FOUND' && lookup.phone.number.endsWith(state.phone?.last4 ?? '') ? lookup.phone : undefined;
}
