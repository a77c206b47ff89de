import type { Order } from '../model';

/** Words that say nothing about which item is meant. */
const FILLER = new Set(['a', 'an', 'the', 'my', 'our', 'new', 'order', 'orders', 'package', 'parcel', 'delivery', 'item', 'stuff', 'for', 'of', 'and', 'from', 'with', 'that', 'this', 'one']);

/** Shared stems count as the same word ("charger" and "charging"), as do plurals ("cables"). */
const STEM = 5;

function words(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !FILLER.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
}

const sameWord = (a: string, b: string) => a === b || (a.length >= STEM && b.length >= STEM && a.slice(0, STEM) === b.slice(0, STEM));

/** True when the words name no item at all ("my order", "the package"). */
export const namesNoItem = (spoken: string): boolean => words(spoken).length === 0;

/** The things whose name best matches what the customer said, by words in common; ties are all returned. */
export function matchByWords<T>(things: readonly T[], nameOf: (thing: T) => string, spoken: string): T[] {
  const wanted = words(spoken);
  const scored = things.map((thing) => {
    const have = words(nameOf(thing));
    return { thing, score: wanted.filter((w) => have.some((h) => sameWord(w, h))).length };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  return best === 0 ? [] : scored.filter((s) => s.score === best).map((s) => s.thing);
}

/**
 * The customer's orders whose item best matches what they named: "kindle cover" finds "Kindle Paperwhite
 * cover", "remote" finds "Fire TV Alexa Voice Remote", "batteries" finds an order with batteries among its items.
 */
export function matchByItem(orders: readonly Order[], spoken: string): Order[] {
  return matchByWords(orders, (order) => [order.item, ...(order.lines ?? []).map((l) => l.name)].join(' '), spoken);
}

/** The orders whose number ends with the digits spoken; the last few digits are enough. */
export function matchByNumber(orders: readonly Order[], spoken: string): Order[] {
  const digits = spoken.replace(/\D/g, '');
  if (!digits) return [];
  return orders.filter((o) => o.orderId.replace(/\D/g, '').endsWith(digits));
}

/** The last four digits of an order number, as customers read them from a confirmation. */
export const lastDigits = (orderId: string, count = 4): string => orderId.replace(/\D/g, '').slice(-count);
