import type { Team } from '../../lambda/domain/support/channel';
import type { CallbackRequest, ChatRequest } from '../../lambda/domain/contacts/contact';

/** Slot starts on Monday 23 November 2026, in UTC. */
export const SLOT_10 = '2026-11-23T18:00:00.000Z';
export const SLOT_1030 = '2026-11-23T18:30:00.000Z';
export const SLOT_11 = '2026-11-23T19:00:00.000Z';
export const CREATED = '2026-11-23T03:30:00.000Z';

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${String(++counter).padStart(4, '0')}`;

/** A callback with the context an Echo diagnosis hands over; overrides pick the customer, team and slot. */
export function callback(overrides: Partial<CallbackRequest> = {}): CallbackRequest {
  const team: Team = overrides.team ?? 'ECHO';
  return {
    kind: 'CALLBACK',
    id: nextId('cb'),
    team,
    userId: 'amzn1.ask.account.ALEX',
    createdAt: CREATED,
    updatedAt: CREATED,
    status: 'PENDING',
    handoff: {
      team,
      reason: 'DIAGNOSIS_UNRESOLVED',
      device: { family: 'ECHO', model: 'Echo Dot (5th Gen)', name: 'Kitchen Echo Dot', status: 'online; weak Wi-Fi signal' },
      problem: { symptomId: 'WIFI', description: 'keeps dropping off Wi-Fi' },
      stepsTried: [{ stepId: 'restart-router', instruction: 'Restart your router', answer: 'did not help' }],
    },
    phone: { countryCode: '1', number: '2065550142' },
    scheduledFor: SLOT_10,
    timeZone: 'America/Los_Angeles',
    attempts: 0,
    priority: 'HIGH',
    ...overrides,
  };
}

/** A chat request for the Fire TV team unless overridden. */
export function chat(overrides: Partial<ChatRequest> = {}): ChatRequest {
  const team: Team = overrides.team ?? 'FIRE_TV';
  const id = overrides.id ?? nextId('chat');
  return {
    kind: 'CHAT',
    id,
    team,
    userId: 'amzn1.ask.account.ALEX',
    createdAt: CREATED,
    updatedAt: CREATED,
    status: 'PENDING',
    handoff: {
      team,
      reason: 'CUSTOMER_ASKED',
      device: { family: 'FIRE_TV', model: 'Fire TV Stick 4K Max', name: 'Living Room Fire TV' },
      stepsTried: [],
    },
    link: `https://chat.example.com/c/${id}`,
    ...overrides,
  };
}

/** The booking test/fixtures/crashing-booking.ts is killed in the middle of. */
export const CRASHING_BOOKING = { callbackId: 'cb-crash', requestId: 'req-crash' } as const;
