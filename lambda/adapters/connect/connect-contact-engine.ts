import { randomBytes } from 'node:crypto';
import { isOpenCallback } from '../../domain/contacts/lifecycle';
import { StoreUnavailableError, type ContactStore } from '../../ports/contact-store';
import type { Log } from '../../observability/log';
import type { Clock } from '../../ports/clock';
import { EngineCallFailed, clientToken, type CallBudget } from './calls';
import type { ConnectCallbacks } from './connect-callbacks';
import type { ConnectRecords } from './records';
import type { ConnectSettings } from './settings';

export interface ConnectEngineDeps {
  /** The skill's own record: the source of the rules (one open callback per customer and team, slot capacity). */
  store: ContactStore;
  callbacks: ConnectCallbacks;
  records: ConnectRecords;
  settings: ConnectSettings;
  clock: Clock;
  log: Log;
}

/** The chat link's token, carried after `#` so it never reaches a server log. */
const inviteToken = (link: string): string => link.slice(link.indexOf('#') + 1);

/**
 * Amazon Connect behind the contact port: the store decides and records first, then Connect is told, and the
 * store's answer is returned only once Connect confirmed it. When Connect certainly failed (or stayed
 * ambiguous through the retries with the same client token), the record is undone and the caller gets
 * StoreUnavailableError, so the customer hears "not booked", never a false "booked".
 */
export function connectContactEngine(deps: ConnectEngineDeps): ContactStore {
  const { store, callbacks, records, settings, clock, log } = deps;
  const budget = (): CallBudget => ({ timeoutMs: settings.timeoutMs, deadline: Date.now() + 3 * settings.timeoutMs });

  const failed = (error: unknown, what: string): StoreUnavailableError => {
    if (error instanceof StoreUnavailableError) return error;
    log.warn('Connect did not confirm', { what, error: error instanceof EngineCallFailed ? error.cause : (error as Error).name, ambiguous: error instanceof EngineCallFailed && error.ambiguous });
    return new StoreUnavailableError(`Connect: ${what}`);
  };
  /** Work after the answer is decided (putting the record back, tidying Connect): a failure is logged, not thrown. */
  const afterAnswer = async (work: () => Promise<unknown>, what: string) => {
    try {
      await work();
    } catch (error) {
      log.error('follow-up failed', { what, error: (error as Error).name });
    }
  };

  return {
    ...store,

    async bookCallback(callback, options) {
      const result = await store.bookCallback(callback, options);
      if (result.outcome !== 'BOOKED' && result.outcome !== 'ALREADY_BOOKED_BY_THIS_REQUEST') return result;
      const booked = result.callback;
      // An earlier attempt of this request was undone: it was not booked then, and is not now.
      if (!isOpenCallback(booked)) throw new StoreUnavailableError('booking withdrawn');
      // A retried request whose first attempt Connect confirmed needs no second call.
      if (result.outcome === 'ALREADY_BOOKED_BY_THIS_REQUEST' && (await records.callbackLink(booked.id))) return result;
      try {
        await callbacks.handOver(booked, clientToken('book', options.requestId), budget());
        return result;
      } catch (error) {
        await afterAnswer(() => store.cancelCallback(booked.userId, booked.id), 'withdraw booking');
        throw failed(error, 'book');
      }
    },

    async moveCallback(userId, id, scheduledFor, options) {
      const before = (await store.openCallbacks(userId)).find((c) => c.id === id);
      const link = await records.callbackLink(id);
      const result = await store.moveCallback(userId, id, scheduledFor, options);
      if (result.outcome !== 'MOVED' || !before || before.scheduledFor === scheduledFor) return result;
      try {
        await callbacks.move(result.callback, link, budget());
        return result;
      } catch (error) {
        // Its old slot was just freed, so moving back always fits.
        await afterAnswer(() => store.moveCallback(userId, id, before.scheduledFor, { slotCapacity: Number.MAX_SAFE_INTEGER }), 'move back');
        throw failed(error, 'move');
      }
    },

    /**
     * A task is stopped before the record is cancelled (a customer who hears "cancelled" is not called);
     * a schedule is deleted after, since one firing for a cancelled callback does nothing.
     */
    async cancelCallback(userId, id) {
      const callback = (await store.openCallbacks(userId)).find((c) => c.id === id);
      if (!callback) return false;
      const link = await records.callbackLink(id);
      try {
        if (link?.taskContactId) await callbacks.withdraw({ ...link, scheduleName: undefined }, budget());
      } catch (error) {
        throw failed(error, 'cancel');
      }
      const cancelled = await store.cancelCallback(userId, id);
      if (cancelled && link?.scheduleName) await afterAnswer(() => callbacks.withdraw({ ...link, taskContactId: undefined }, budget()), 'delete hand-over');
      return cancelled;
    },

    /**
     * The chat is recorded with a link whose single-use token expires; Connect's chat starts only when the
     * customer opens it (the chat page), so nobody waits in a queue for someone who never comes.
     */
    async createChat(chat, options) {
      const link = `${settings.chatPageUrl.replace(/#.*$/, '')}#${randomBytes(24).toString('base64url')}`;
      const created = await store.createChat({ ...chat, link }, options);
      const validUntil = new Date(clock.now().getTime() + settings.chatLinkMinutes * 60_000).toISOString();
      // A retried request gets the first attempt's chat, and with it that attempt's token.
      await records.saveChatInvite({ token: inviteToken(created.link), chatId: created.id, team: created.team, validUntil });
      return created;
    },
  };
}
