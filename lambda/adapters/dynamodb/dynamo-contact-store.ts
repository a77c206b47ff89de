import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Team } from '../../domain/support/channel';
import { BookingOutcomeUnknownError, StoreUnavailableError, type BookingResult, type ContactStore, type MoveResult } from '../../ports/contact-store';
import { ContactConflictError, queueOrder, type CallbackRequest, type ChatRequest, type ContactRequest } from '../../domain/contacts/contact';
import { teamSettings } from '../../domain/routing/teams';
import { afterOutcome, cancelledByCustomer, claimed, firstWithRoom, isOpen, isOpenCallback } from '../../domain/contacts/lifecycle';
import {
  DAY_MS,
  NoAnswerError,
  TransactionCancelledError,
  epochSeconds,
  sender,
  transactNamed,
  type Documents,
  type NamedItems,
  type TransactItem,
} from './documents';
import { CUSTOMER_INDEX, QUEUE_INDEX } from './table';

type Item = Record<string, unknown>;
/** What a create must also hold to: a callback's guard (no open one for the team yet) and its slot's room. */
type CreateConditions = NamedItems<'guard' | 'slot'>;
/** A contact as read, with the version its next write is conditional on. */
interface Stored<T extends ContactRequest = ContactRequest> {
  contact: T;
  version: number;
}

/** How long finished contacts and request ids are kept before DynamoDB's TTL deletes them. */
const KEEP_FINISHED_MS = 30 * DAY_MS;
const KEEP_REQUEST_ID_MS = DAY_MS;
const KEEP_SLOT_COUNT_MS = DAY_MS;
/** Writes that lose a race (another writer changed the item) start again from a fresh read this often. */
const ATTEMPTS = 3;

const contactKey = (id: string) => ({ pk: `CONTACT#${id}`, sk: 'CONTACT' });
const requestKey = (requestId: string) => ({ pk: `REQUEST#${requestId}`, sk: 'IDEMPOTENCY' });
const guardKey = (userId: string, team: Team) => ({ pk: `OPEN#${userId}#${team}`, sk: 'GUARD' });
const slotKey = (team: Team, slotStart: string) => ({ pk: `SLOT#${team}#${slotStart}`, sk: 'COUNT' });
const nowIso = () => new Date().toISOString();
/** A short random pause before trying again, so writers that collided do not collide again. */
const backOff = () => new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 45));

/** The contact as an item: open ones carry the queue (and, for callbacks, the customer) index keys; finished ones expire. */
function contactItem(contact: ContactRequest, version: number): Item {
  const item: Item = { ...contactKey(contact.id), ...contact, version };
  if (!isOpen(contact)) return { ...item, expiresAt: epochSeconds(Date.now() + KEEP_FINISHED_MS) };
  item.gsi1pk = `QUEUE#${contact.team}`;
  item.gsi1sk = `${queueOrder(contact)}#${contact.id}`;
  if (contact.kind === 'CALLBACK') {
    item.gsi2pk = `USER#${contact.userId}`;
    item.gsi2sk = `${contact.scheduledFor}#${contact.id}`;
  }
  return item;
}

function fromItem(item: Item): Stored {
  const { pk, sk, gsi1pk, gsi1sk, gsi2pk, gsi2sk, expiresAt, version, ...contact } = item;
  return { contact: contact as unknown as ContactRequest, version: version as number };
}

/**
 * Callbacks and chats in the single table of docs/storage.md. Uniqueness (request id, one open callback per
 * customer and team) and slot capacity are conditions of one TransactWriteItems; which condition cancelled it
 * tells the answer. Other changes are optimistic: read, then write on the condition that the version read is
 * still current, starting again when another writer got there first.
 */
export function dynamoContactStore(options: { documents: Documents; tableName: string; timeoutMs: number }): ContactStore {
  const TableName = options.tableName;
  const send = sender(options.documents, options.timeoutMs);

  const getItem = async (Key: Item, what: string, withinMs?: number) =>
    (await send<{ Item?: Item }>(new GetCommand({ TableName, Key, ConsistentRead: true }), what, withinMs)).Item;
  const read = async (id: string, withinMs?: number) => {
    const item = await getItem(contactKey(id), 'read contact', withinMs);
    return item ? fromItem(item) : undefined;
  };
  const transact = <K extends string>(items: NamedItems<K>, what: string, withinMs?: number) => transactNamed(send, items, what, withinMs);
  const queryIndex = async (IndexName: string, partition: string): Promise<ContactRequest[]> => {
    const found: ContactRequest[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const page = await send<{ Items?: Item[]; LastEvaluatedKey?: Item }>(
        new QueryCommand({
          TableName,
          IndexName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': `${IndexName}pk` },
          ExpressionAttributeValues: { ':pk': partition },
          ExclusiveStartKey,
        }),
        `query ${IndexName}`,
      );
      found.push(...(page.Items ?? []).map((item) => fromItem(item).contact));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return found;
  };

  const slotChange = (team: Team, slotStart: string, by: 1 | -1, capacity?: number): TransactItem => ({
    Update: {
      TableName,
      Key: slotKey(team, slotStart),
      UpdateExpression: 'SET expiresAt = :expires ADD booked :by',
      ...(capacity === undefined ? {} : { ConditionExpression: 'attribute_not_exists(booked) OR booked < :capacity' }),
      ExpressionAttributeValues: {
        ':by': by,
        ':expires': epochSeconds(Date.parse(slotStart) + KEEP_SLOT_COUNT_MS),
        ...(capacity === undefined ? {} : { ':capacity': capacity }),
      },
    },
  });

  /**
   * Replaces a contact if nobody changed it since it was read, with what follows from the change: slot counts
   * move with an open callback's time, and a finished callback frees the customer's guard. The new slot's
   * capacity is checked when `capacity` is given. STALE: another writer got there first.
   */
  const replace = async (previous: Stored, next: ContactRequest, capacity?: number): Promise<'CHANGED' | 'SLOT_FULL' | 'STALE'> => {
    const before = previous.contact;
    const write = {
      Put: {
        TableName,
        Item: contactItem(next, previous.version + 1),
        ConditionExpression: 'version = :version',
        ExpressionAttributeValues: { ':version': previous.version },
      },
    };
    const wasCounted = isOpenCallback(before) ? before.scheduledFor : undefined;
    const isCounted = isOpenCallback(next) ? next.scheduledFor : undefined;
    const slotMoved = wasCounted !== isCounted;
    const follows: NamedItems<'oldSlot' | 'newSlot' | 'guard'> = {
      oldSlot: slotMoved && wasCounted ? slotChange(before.team, wasCounted, -1) : undefined,
      newSlot: slotMoved && isCounted ? slotChange(next.team, isCounted, 1, capacity) : undefined,
      guard:
        isOpenCallback(before) && !isOpen(next)
          ? { Delete: { TableName, Key: guardKey(before.userId, before.team), ConditionExpression: 'callbackId = :id', ExpressionAttributeValues: { ':id': before.id } } }
          : undefined,
    };
    if (Object.values(follows).every((item) => item === undefined)) {
      try {
        await send(new PutCommand(write.Put), 'write contact');
        return 'CHANGED';
      } catch (error) {
        if ((error as Error).name === 'ConditionalCheckFailedException') return 'STALE';
        throw error;
      }
    }
    try {
      await transact({ contact: write, ...follows }, 'change contact');
      return 'CHANGED';
    } catch (error) {
      if (!(error instanceof TransactionCancelledError)) throw error;
      if (error.failed('newSlot') && !error.failed('contact')) return 'SLOT_FULL';
      if (Object.values(error.reasons).some((code) => code !== 'None' && code !== 'ConditionalCheckFailed' && code !== 'TransactionConflict')) {
        throw new StoreUnavailableError(`change contact: ${error.message}`);
      }
      return 'STALE';
    }
  };

  /** Reads, changes and replaces a contact, again from a fresh read when another writer changed it meanwhile. */
  const change = async <R>(
    id: string,
    decide: (found: Stored | undefined) => { next: ContactRequest; capacity?: number; result: (outcome: 'CHANGED' | 'SLOT_FULL') => R } | { done: R },
  ): Promise<R> => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (attempt) await backOff();
      const found = await read(id);
      const decision = decide(found);
      if ('done' in decision) return decision.done;
      const outcome = await replace(found as Stored, decision.next, decision.capacity);
      if (outcome !== 'STALE') return decision.result(outcome);
    }
    throw new StoreUnavailableError(`contact ${id} kept changing`);
  };

  /** The contact a request created; undefined when it created none (its write was fenced off, or never landed). */
  const contactOfRequest = async (requestId: string, withinMs?: number) => {
    const record = await getItem(requestKey(requestId), 'read request id', withinMs);
    return record?.contactId ? (await read(record.contactId as string, withinMs))?.contact : undefined;
  };
  const requestRecord = (requestId: string, contactId?: string): Item => ({
    ...requestKey(requestId),
    ...(contactId ? { contactId } : {}),
    expiresAt: epochSeconds(Date.now() + KEEP_REQUEST_ID_MS),
  });
  /** Records the request id and creates the contact with it, in one transaction (with a callback's guard and slot). */
  const create = (contact: ContactRequest, requestId: string, conditions: CreateConditions, withinMs?: number) =>
    transact(
      {
        request: { Put: { TableName, Item: requestRecord(requestId, contact.id), ConditionExpression: 'attribute_not_exists(pk)' } },
        ...conditions,
        contact: { Put: { TableName, Item: contactItem(contact, 1), ConditionExpression: 'attribute_not_exists(pk)' } },
      },
      `create ${contact.kind.toLowerCase()}`,
      withinMs,
    );

  /**
   * After a create that got no answer: what did it do? Records the request id with no contact, which the lost
   * write's own condition then refuses, so it can never land later; if the id was recorded already, the write
   * landed and its contact is read back. Undefined: certainly nothing was created. Tries until `deadline`,
   * then throws BookingOutcomeUnknownError.
   */
  const settle = async (requestId: string, deadline: number, cause: string): Promise<ContactRequest | undefined> => {
    for (let attempt = 0; ; attempt++) {
      if (attempt) await backOff();
      const left = deadline - Date.now();
      if (left <= 0) throw new BookingOutcomeUnknownError(cause);
      try {
        await send(new PutCommand({ TableName, Item: requestRecord(requestId), ConditionExpression: 'attribute_not_exists(pk)' }), 'fence request id', left);
        return undefined;
      } catch (error) {
        if ((error as Error).name === 'ConditionalCheckFailedException') {
          try {
            return await contactOfRequest(requestId, deadline - Date.now());
          } catch {
            // Still no answer: again, while the budget lasts.
          }
        }
      }
    }
  };
  /** Creates a contact by `deadline`, finding out what happened when the create got no answer. */
  const createSettled = async (contact: ContactRequest, requestId: string, conditions: CreateConditions, deadline: number): Promise<'CREATED' | ContactRequest> => {
    // With no time left, nothing is sent: certainly not stored, rather than sent and unknown.
    if (deadline <= Date.now()) throw new StoreUnavailableError(`no time left to create the ${contact.kind.toLowerCase()}`);
    try {
      // The write may take half the time left, so there is always time to find out what became of it.
      await create(contact, requestId, conditions, (deadline - Date.now()) / 2);
      return 'CREATED';
    } catch (error) {
      if (!(error instanceof NoAnswerError)) throw error;
      const stored = await settle(requestId, deadline, error.reason);
      if (!stored) throw new StoreUnavailableError(`${error.reason}; nothing was stored`);
      return stored;
    }
  };

  /** A guard whose callback is gone or finished (an interrupted local write) must never block the customer. */
  const freeStaleGuard = async (callback: CallbackRequest, staleId: string) => {
    try {
      await send(
        new DeleteCommand({ TableName, Key: guardKey(callback.userId, callback.team), ConditionExpression: 'callbackId = :id', ExpressionAttributeValues: { ':id': staleId } }),
        'free stale guard',
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  };

  return {
    async bookCallback(callback, { requestId, slotCapacity, budgetMs = 2 * options.timeoutMs }): Promise<BookingResult> {
      const deadline = Date.now() + budgetMs;
      const conditions: CreateConditions = {
        guard: { Put: { TableName, Item: { ...guardKey(callback.userId, callback.team), callbackId: callback.id }, ConditionExpression: 'attribute_not_exists(pk)' } },
        slot: slotChange(callback.team, callback.scheduledFor, 1, slotCapacity),
      };
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        if (attempt) await backOff();
        try {
          const created = await createSettled(callback, requestId, conditions, deadline);
          if (created === 'CREATED' || created.id === callback.id) return { outcome: 'BOOKED', callback };
          if (created.kind === 'CALLBACK') return { outcome: 'ALREADY_BOOKED_BY_THIS_REQUEST', callback: created };
          throw new StoreUnavailableError(`request ${requestId} created a chat, not a callback`);
        } catch (error) {
          if (!(error instanceof TransactionCancelledError)) throw error;
          if (error.failed('request')) {
            const earlier = await contactOfRequest(requestId);
            if (earlier?.kind === 'CALLBACK') return { outcome: 'ALREADY_BOOKED_BY_THIS_REQUEST', callback: earlier };
            // The same request already found out it booked nothing: it gets the same answer again.
            throw new StoreUnavailableError(`request ${requestId} booked nothing`);
          } else if (error.failed('guard')) {
            const holder = await getItem(guardKey(callback.userId, callback.team), 'read open callback');
            const existing = holder ? (await read(holder.callbackId as string))?.contact : undefined;
            if (isOpenCallback(existing)) return { outcome: 'ALREADY_OPEN', existing };
            if (holder) await freeStaleGuard(callback, holder.callbackId as string);
          } else if (error.failed('slot')) return { outcome: 'SLOT_FULL' };
          // Otherwise it raced a change that has settled by now (a conflict, or a guard being freed): again.
        }
      }
      throw new StoreUnavailableError('booking kept conflicting');
    },

    async openCallbacks(userId) {
      return (await queryIndex(CUSTOMER_INDEX, `USER#${userId}`)).filter(isOpenCallback);
    },

    moveCallback(userId, id, scheduledFor, { slotCapacity }): Promise<MoveResult> {
      return change<MoveResult>(id, (found) => {
        const callback = found?.contact;
        if (!isOpenCallback(callback) || callback.userId !== userId) return { done: { outcome: 'NOT_FOUND' } };
        const next = { ...callback, scheduledFor, updatedAt: nowIso() };
        return { next, capacity: slotCapacity, result: (outcome) => (outcome === 'CHANGED' ? { outcome: 'MOVED', callback: next } : { outcome: 'SLOT_FULL' }) };
      });
    },

    cancelCallback(userId, id) {
      return change<boolean>(id, (found) => {
        const callback = found?.contact;
        if (!isOpenCallback(callback) || callback.userId !== userId) return { done: false };
        return { next: cancelledByCustomer(callback, nowIso()), result: () => true };
      });
    },

    async setReminder(userId, id, alertToken) {
      try {
        await send(
          new UpdateCommand({
            TableName,
            Key: contactKey(id),
            UpdateExpression: 'SET reminderAlertToken = :token, version = version + :one',
            ConditionExpression: 'userId = :user AND kind = :callback AND #status IN (:pending, :claimed)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':token': alertToken, ':one': 1, ':user': userId, ':callback': 'CALLBACK', ':pending': 'PENDING', ':claimed': 'CLAIMED' },
          }),
          'set reminder',
        );
      } catch (error) {
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      }
    },

    async bookedInSlot(team, slotStart) {
      const counter = await getItem(slotKey(team, slotStart), 'read slot');
      return (counter?.booked as number | undefined) ?? 0;
    },

    async createChat(chat: ChatRequest, { requestId, budgetMs = 2 * options.timeoutMs }) {
      try {
        const created = await createSettled(chat, requestId, {}, Date.now() + budgetMs);
        if (created === 'CREATED') return chat;
        if (created.kind === 'CHAT') return created;
        throw new StoreUnavailableError(`request ${requestId} created a callback, not a chat`);
      } catch (error) {
        if (!(error instanceof TransactionCancelledError)) throw error;
        const earlier = error.failed('request') ? await contactOfRequest(requestId) : undefined;
        if (earlier?.kind === 'CHAT') return earlier;
        throw new StoreUnavailableError(`create chat: ${error.message}`);
      }
    },

    queue(team) {
      return queryIndex(QUEUE_INDEX, `QUEUE#${team}`);
    },

    async get(team, id) {
      const found = (await read(id))?.contact;
      return found?.team === team ? found : undefined;
    },

    claim(team, id, agent) {
      return change<ContactRequest>(id, (found) => {
        if (found?.contact.team !== team) throw new ContactConflictError(id, 'MISSING');
        const next = claimed(found.contact, agent, nowIso());
        return { next, result: () => next };
      });
    },

    async recordOutcome(team, id, outcome, policy, now) {
      // A retry after no answer takes the first of its slots with room; the slots found full are skipped.
      const full = new Set<string>();
      for (;;) {
        let tried = '';
        let capacity: number | undefined;
        const pick = (slots: string[]) => {
          const retry = firstWithRoom(slots, (slot) => !full.has(slot));
          tried = retry.slot;
          capacity = retry.hasRoom ? teamSettings(team).callbackCapacityPerSlot : undefined;
          return retry.slot;
        };
        const recorded = await change<ContactRequest | 'SLOT_FULL'>(id, (found) => {
          if (found?.contact.team !== team) throw new ContactConflictError(id, 'MISSING');
          capacity = undefined;
          const next = afterOutcome(found.contact, outcome, policy, now, pick);
          return { next, capacity, result: (changed) => (changed === 'CHANGED' ? next : 'SLOT_FULL') };
        });
        if (recorded !== 'SLOT_FULL') return recorded;
        full.add(tried);
      }
    },
  };
}
