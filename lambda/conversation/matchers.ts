import { getIntentName, getRequestType, getSlot, type HandlerInput } from 'ask-sdk-core';
import { echoable } from '../speech/ssml';

/** True when the request is an IntentRequest for one of `names`. */
export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  return getRequestType(input.requestEnvelope) === 'IntentRequest' && names.includes(getIntentName(input.requestEnvelope));
}

export function isRequest(input: HandlerInput, type: string): boolean {
  return getRequestType(input.requestEnvelope) === type;
}

/** What a custom slot resolved to. */
export type SlotResolution =
  /** The slot was not filled. */
  | { kind: 'EMPTY' }
  /** Filled with words that match no value of the slot type. */
  | { kind: 'NO_MATCH'; spoken: string }
  /** Matched one or more values (several when the words are ambiguous), best first. */
  | { kind: 'MATCH'; spoken: string; ids: string[] };

/** Reads a custom slot through entity resolution, keyed on the value ids the model defines. */
export function resolveSlot(input: HandlerInput, slotName: string): SlotResolution {
  if (getRequestType(input.requestEnvelope) !== 'IntentRequest') return { kind: 'EMPTY' };
  const slot = getSlot(input.requestEnvelope, slotName);
  // What the customer said may be spoken back and is kept in the session: cleaned and capped once, here.
  const spoken = slot?.value === undefined ? undefined : echoable(slot.value);
  if (!slot || !spoken) return { kind: 'EMPTY' };
  const ids = (slot.resolutions?.resolutionsPerAuthority ?? [])
    .filter((r) => r.status.code === 'ER_SUCCESS_MATCH')
    .flatMap((r) => r.values.map((v) => v.value.id));
  return ids.length > 0 ? { kind: 'MATCH', spoken, ids: [...new Set(ids)] } : { kind: 'NO_MATCH', spoken };
}

/** The first resolved id when it is one of `allowed`. */
export function resolvedId<T extends string>(resolution: SlotResolution, allowed: readonly T[]): T | undefined {
  if (resolution.kind !== 'MATCH') return undefined;
  return resolution.ids.find((id): id is T => (allowed as readonly string[]).includes(id));
}
