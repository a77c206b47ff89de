import type { Team } from '../../domain/support/channel';
import { ContactConflictError, queueOrder, type CallbackRequest, type ChatRequest, type ContactRequest } from '../../domain/contacts/contact';
import type { ContactStore } from '../../ports/contact-store';
import { teamSettings } from '../../domain/routing/teams';
import { afterOutcome, cancelledByCustomer, claimed, firstWithRoom, isOpen, isOpenCallback } from '../../domain/contacts/lifecycle';

const copy = <T>(value: T): T => structuredClone(value);
const nowIso = () => new Date().toISOString();
/** Time order, ties broken by id so every adapter lists the same way. */
const byQueueOrder = (a: ContactRequest, b: ContactRequest) => queueOrder(a).localeCompare(queueOrder(b)) || a.id.localeCompare(b.id);

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
  const store = <T extends ContactRequest>(contact: T): T => {
    contacts.set(contact.id, copy(contact));
    return copy(contact);
  };

  return {
    async bookCallback(callback, { requestId, slotCapacity }) {
      const earlier = byRequestId.get(requestId);
      if (earlier) return { outcome: 'ALREADY_BOOKED_BY_THIS_REQUEST', callback: copy(contacts.get(earlier) as CallbackRequest) };
      const existing = [...contacts.values()].find((c) => isOpenCallback(c) && c.userId === callback.userId && c.team === callback.team);
      if (existing) return { outcome: 'ALREADY_OPEN', existing: copy(existing as CallbackRequest) };
      if (slotCount(callback.team, callback.scheduledFor) >= slotCapacity) return { outcome: 'SLOT_FULL' };
      byRequestId.set(requestId, callback.id);
      return { outcome: 'BOOKED', callback: store(callback) };
    },

    async openCallbacks(userId) {
      return [...contacts.values()]
        .filter((c): c is CallbackRequest => isOpenCallback(c) && c.userId === userId)
        .sort(byQueueOrder)
        .map(copy);
    },

    async moveCallback(userId, id, scheduledFor, { slotCapacity }) {
      const callback = ownCallback(userId, id);
      if (!callback) return { outcome: 'NOT_FOUND' };
      if (callback.scheduledFor !== scheduledFor && slotCount(callback.team, scheduledFor) >= slotCapacity) return { outcome: 'SLOT_FULL' };
      return { outcome: 'MOVED', callback: store({ ...callback, scheduledFor, updatedAt: nowIso() }) };
    },

    async cancelCallback(userId, id) {
      const callback = ownCallback(userId, id);
      if (!callback) return false;
      store(cancelledByCustomer(callback, nowIso()));
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
      byRequestId.set(requestId, chat.id);
      return store(chat);
    },

    async queue(team) {
      return [...contacts.values()]
        .filter((c) => c.team === team && isOpen(c))
        .sort(byQueueOrder)
        .map(copy);
    },

    async get(team, id) {
      const found = teamContact(team, id);
      return found ? copy(found) : undefined;
    },

    async claim(team, id, agent) {
      const found = teamContact(team, id);
      if (!found) throw new ContactConflictError(id, 'MISSING');
      return store(claimed(found, agent, nowIso()));
    },

    async recordOutcome(team, id, outcome, policy, now) {
      const found = teamContact(team, id);
      if (!found) throw new ContactConflictError(id, 'MISSING');
      const capacity = teamSettings(team).callbackCapacityPerSlot;
      // The callback itself counts in its own slot; staying there takes no more room.
      const hasRoom = (slot: string) => slotCount(team, slot) - (isOpenCallback(found) && found.scheduledFor === slot ? 1 : 0) < capacity;
      return store(afterOutcome(found, outcome, policy, now, (slots) => firstWithRoom(slots, hasRoom).slot));
    },
  };
}
