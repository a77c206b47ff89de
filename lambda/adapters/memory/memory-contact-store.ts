import type { Team } from '../../domain/support/channel';
import {
  ContactConflictError,
  OPEN_STATUSES,
  queueOrder,
  type CallbackRequest,
  type ChatRequest,
  type ContactRequest,
  type ContactStore,
} from '../../ports/contact-store';

const copy = <T>(value: T): T => structuredClone(value);
const isOpenCallback = (c: ContactRequest): c is CallbackRequest => c.kind === 'CALLBACK' && OPEN_STATUSES.has(c.status);

/**
 * The contact store in memory: the reference behaviour every adapter must match (the shared contract
 * tests run against each). Single-threaded JavaScript makes each method atomic.
 */
export function memoryContactStore(): ContactStore {
  const contacts = new Map<string, ContactRequest>();
  const byRequestId = new Map<string, string>();
  const slotCount = (team: Team, slotStart: string) =>
    [...contacts.values()].filter((c) => isOpenCallback(c) && c.team === team && c.scheduledFor === slotStart).length;
  const ownCallback = (userId: string, id: string) => {
    const found = contacts.get(id);
    return found && isOpenCallback(found) && found.userId === userId ? found : undefined;
  };
  const teamContact = (team: Team, id: string) => {
    const found = contacts.get(id);
    return found && found.team === team ? found : undefined;
  };

  return {
    async bookCallback(callback, { requestId, slotCapacity }) {
      const earlier = byRequestId.get(requestId);
      if (earlier) return { outcome: 'ALREADY_BOOKED_BY_THIS_REQUEST', callback: copy(contacts.get(earlier) as CallbackRequest) };
      const existing = [...contacts.values()].find((c) => isOpenCallback(c) && c.userId === callback.userId && c.team === callback.team);
      if (existing) return { outcome: 'ALREADY_OPEN', existing: copy(existing as CallbackRequest) };
      if (slotCount(callback.team, callback.scheduledFor) >= slotCapacity) return { outcome: 'SLOT_FULL' };
      contacts.set(callback.id, copy(callback));
      byRequestId.set(requestId, callback.id);
      return { outcome: 'BOOKED', callback: copy(callback) };
    },

    async openCallbacks(userId) {
      return [...contacts.values()]
        .filter((c): c is CallbackRequest => isOpenCallback(c) && c.userId === userId)
        .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor))
        .map(copy);
    },

    async moveCallback(userId, id, scheduledFor, { slotCapacity }) {
      const callback = ownCallback(userId, id);
      if (!callback) return { outcome: 'NOT_FOUND' };
      if (callback.scheduledFor !== scheduledFor && slotCount(callback.team, scheduledFor) >= slotCapacity) return { outcome: 'SLOT_FULL' };
      callback.scheduledFor = scheduledFor;
      callback.updatedAt = new Date().toISOString();
      return { outcome: 'MOVED', callback: copy(callback) };
    },

    async cancelCallback(userId, id) {
      const callback = ownCallback(userId, id);
      if (!callback) return false;
      callback.status = 'CANCELLED';
      callback.updatedAt = new Date().toISOString();
      return true;
    },

    async setReminder(userId, id, alertToken) {
      const callback = ownCallback(userId, id);
      if (callback) callback.reminderAlertToken = alertToken;
    },

    async bookedInSlot(team, slotStart) {
      return slotCount(team, slotStart);
    },

    async createChat(chat: ChatRequest, { requestId }) {
      const earlier = byRequestId.get(requestId);
      if (earlier) return copy(contacts.get(earlier) as ChatRequest);
      contacts.set(chat.id, copy(chat));
      byRequestId.set(requestId, chat.id);
      return copy(chat);
    },

    async queue(team) {
      return [...contacts.values()]
        .filter((c) => c.team === team && OPEN_STATUSES.has(c.status))
        .sort((a, b) => queueOrder(a).localeCompare(queueOrder(b)))
        .map(copy);
    },

    async get(team, id) {
      const found = teamContact(team, id);
      return found ? copy(found) : undefined;
    },

    async claim(team, id, agent) {
      const found = teamContact(team, id);
      if (!found || found.status !== 'PENDING') throw new ContactConflictError(id, found?.status ?? 'MISSING');
      found.status = 'CLAIMED';
      found.claimedBy = agent;
      found.updatedAt = new Date().toISOString();
      return copy(found);
    },

    async recordOutcome(team, id, outcome, policy, now) {
      const found = teamContact(team, id);
      if (!found || found.status !== 'CLAIMED') throw new ContactConflictError(id, found?.status ?? 'MISSING');
      found.note = outcome.note;
      found.updatedAt = now;
      delete found.claimedBy;
      if (outcome.kind === 'RESOLVED') found.status = 'RESOLVED';
      else if (outcome.kind === 'CANCELLED') found.status = 'CANCELLED';
      else if (outcome.kind === 'RESCHEDULED' && found.kind === 'CALLBACK') {
        found.status = 'PENDING';
        found.scheduledFor = outcome.scheduledFor;
      } else if (outcome.kind === 'NO_ANSWER' && found.kind === 'CALLBACK') {
        found.attempts += 1;
        if (found.attempts >= policy.maxAttempts) found.status = 'FAILED';
        else {
          found.status = 'PENDING';
          found.scheduledFor = new Date(Date.parse(now) + policy.retryAfterMinutes * 60_000).toISOString();
        }
      } else found.status = 'RESOLVED';
      return copy(found);
    },
  };
}
