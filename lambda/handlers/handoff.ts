import type { Response } from 'ask-sdk-model';
import type { SessionState } from '../conversation/state';
import type { Turn } from '../conversation/turn';
import type { Handoff } from '../domain/handoff';
import { teamFor } from '../domain/support/channel';
import { FAMILY_NAMES, FAMILY_OF_KIND } from '../domain/model';
import { symptomNamesEnUS } from '../domain/diagnosis/knowledge/symptom-names.en-US';
import { noteOutcome } from '../observability/outcome';

/**
 * Where every area hands a customer to a person: the team, and everything learned so far, are kept
 * in the session so the chat or callback that follows carries them and the customer repeats nothing.
 * The customer then hears the recommended channel, with the team's wait and next free callback time, after
 * `lead` when the area has something to say first ("I'm sorry we couldn't fix it together.").
 */
export function handOff(turn: Turn, handoff: Handoff, lead?: string): Promise<Response> | Response {
  noteOutcome(turn, { kind: 'HANDOFF', team: handoff.team });
  // Routing (team hours, free slots, the contact store) loads on the first hand-over, not with every area that may hand over.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { offerChannels } = require('./routing/offer') as typeof import('./routing/offer');
  return offerChannels(turn, handoff, lead);
}

/** The handoff the session already supports: the one an area made, or one from the device or topic named. */
export function knownHandoff(state: SessionState): Handoff | undefined {
  if (state.handoff) return state.handoff;
  if (state.topic === 'ORDER') return { team: 'ORDERS', reason: 'CUSTOMER_ASKED', stepsTried: [], summary: 'Customer asked for a person about an order.' };
  if (state.deviceKind) {
    const family = FAMILY_OF_KIND[state.deviceKind];
    const symptom = state.diagnosis?.symptom;
    const said = state.diagnosis?.symptomSaid;
    const problem = symptom ? { symptomId: symptom, description: symptomNamesEnUS[symptom], ...(said ? { said } : {}) } : undefined;
    const about = problem ? `: ${problem.description}${said ? ` (the customer said: "${said}")` : ''}` : '';
    return { team: teamFor(family), reason: 'CUSTOMER_ASKED', device: { family }, ...(problem ? { problem } : {}), stepsTried: [], summary: `Customer asked for a person about their ${FAMILY_NAMES[family]}${about}.` };
  }
  return undefined;
}
