import { FAMILY_OF_KIND, type Account, type DeviceFamily, type DeviceKind, type RegisteredDevice } from '../model';
import type { DiagnosisDevice } from './progress';

/** What the request says about the device the customer is talking to. */
export interface RequestingDevice {
  deviceId?: string;
  /** `context.Viewport.mode`, when the device has a screen. */
  viewportMode?: string;
  /** The device supports the VideoApp interface (a Fire TV). */
  videoApp: boolean;
}

export interface DeviceQuery {
  /** The linked account; undefined when not linked (or not reachable). */
  account?: Account;
  requesting: RequestingDevice;
  /** The kind the customer named ("my Kindle"), through entity resolution. */
  named?: DeviceKind;
  /** The words they used ("the echo dot in the kitchen"), to tell two devices of one kind apart. */
  spoken?: string;
  /** The families that have a fix for the symptom, when one is known. */
  symptomFamilies?: readonly DeviceFamily[];
}

export type DeviceResolution =
  /** One of the account's devices. */
  | { kind: 'REGISTERED'; device: RegisteredDevice; deviceKind: DeviceKind }
  /** Several of the account's devices fit: ask which one. */
  | { kind: 'CHOOSE'; candidates: RegisteredDevice[] }
  /** The requesting device is not on the account (or there is none): its kind, guessed from the request, to confirm. */
  | { kind: 'CONFIRM_INFERRED'; deviceKind: DeviceKind }
  /** A kind the customer named that the account does not list (or no account): diagnose without status. */
  | { kind: 'GENERIC'; deviceKind: DeviceKind }
  /** Nothing to go on: ask which device. */
  | { kind: 'ASK' };

const FAMILY_KIND: Record<DeviceFamily, DeviceKind> = { ECHO: 'ECHO', FIRE_TV: 'FIRE_TV', KINDLE: 'KINDLE' };
const FILLER = new Set(['my', 'the', 'a', 'an', 'in', 'on', 'of', 'one', 'our', 'is', 'it', 'its', 'that', 'this']);

/** The kind of a registered device: an Echo with a screen is an Echo Show. */
export function kindOf(device: RegisteredDevice): DeviceKind {
  return device.family === 'ECHO' && device.hasScreen ? 'ECHO_SHOW' : FAMILY_KIND[device.family];
}

/**
 * The kind of an unknown requesting device, from what the request carries: a TV viewport or the VideoApp
 * interface is a Fire TV, a HUB viewport an Echo Show, no screen at all an Echo speaker. A Kindle never
 * talks to Alexa, so it is never inferred.
 */
export function inferKind(requesting: RequestingDevice): DeviceKind | undefined {
  if (!requesting.deviceId) return undefined;
  if (requesting.viewportMode === 'TV' || requesting.videoApp) return 'FIRE_TV';
  if (requesting.viewportMode === 'HUB') return 'ECHO_SHOW';
  if (requesting.viewportMode === undefined) return 'ECHO';
  return undefined;
}

const fits = (kind: DeviceKind) => (device: RegisteredDevice) =>
  kind === 'ECHO_SHOW' ? kindOf(device) === 'ECHO_SHOW' : device.family === FAMILY_OF_KIND[kind];

const wordsOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9' ]/g, ' ').split(/\s+/).filter((w) => w && !FILLER.has(w));

/** The devices whose name or model shares the most words with what the customer said; all when none does. */
export function narrow(candidates: RegisteredDevice[], spoken: string | undefined): RegisteredDevice[] {
  if (!spoken) return candidates;
  const said = wordsOf(spoken);
  const score = (d: RegisteredDevice) => {
    const own = new Set(wordsOf(`${d.name} ${d.model}`));
    return said.filter((w) => own.has(w)).length;
  };
  const best = Math.max(0, ...candidates.map(score));
  return best === 0 ? candidates : candidates.filter((d) => score(d) === best);
}

/**
 * Which device the problem is about. Only the linked account's own devices are ever considered, so a
 * device id from another account is simply unknown here and nothing about it can be revealed.
 */
export function resolveDevice(query: DeviceQuery): DeviceResolution {
  const { account, requesting, symptomFamilies } = query;
  const allows = (family: DeviceFamily) => !symptomFamilies || symptomFamilies.includes(family);
  const own = requesting.deviceId ? account?.devices.find((d) => d.alexaDeviceId === requesting.deviceId) : undefined;
  if (own && !query.named && allows(own.family)) return { kind: 'REGISTERED', device: own, deviceKind: kindOf(own) };

  const inferred = own ? undefined : inferKind(requesting);
  const impliedFamily = symptomFamilies?.length === 1 ? symptomFamilies[0] : undefined;
  // "The remote doesn't work" said to an unknown Fire TV is most likely about that Fire TV.
  if (!query.named && impliedFamily && inferred && FAMILY_OF_KIND[inferred] === impliedFamily) return { kind: 'CONFIRM_INFERRED', deviceKind: inferred };

  const named = query.named ?? (impliedFamily ? FAMILY_KIND[impliedFamily] : undefined);
  if (named) {
    if (!account) return { kind: 'GENERIC', deviceKind: named };
    const matches = narrow(account.devices.filter(fits(named)), query.named ? query.spoken : undefined);
    if (matches.length === 0) return { kind: 'GENERIC', deviceKind: named };
    if (matches.length === 1) return { kind: 'REGISTERED', device: matches[0], deviceKind: kindOf(matches[0]) };
    return { kind: 'CHOOSE', candidates: matches };
  }
  if (inferred && allows(FAMILY_OF_KIND[inferred])) return { kind: 'CONFIRM_INFERRED', deviceKind: inferred };
  return { kind: 'ASK' };
}

/** The customer's answer to "which one?", among the devices offered. */
export function chooseAmong(candidates: RegisteredDevice[], named: DeviceKind | undefined, spoken: string | undefined): RegisteredDevice[] {
  const ofKind = named ? candidates.filter(fits(named)) : candidates;
  const narrowed = narrow(ofKind, spoken);
  // Words that match none of the offered devices are no answer at all.
  return narrowed.length === ofKind.length && !named && ofKind.length > 1 ? [] : narrowed;
}

/** The key the status backend knows a device by: its Alexa id, or the serial of a device without one. */
export function deviceKey(device: RegisteredDevice): string | undefined {
  return device.alexaDeviceId ?? device.serialNumber;
}

/** "Alex's Kindle": whose name a device's name starts with, and the rest. */
const POSSESSIVE_NAME = /^(\S+)['’]s\s+(.+)$/;

/**
 * The name said to the account holder after "your": "Kitchen Echo Dot" as it is, "Kindle" for Alex's "Alex's
 * Kindle"; none for a name that says it is someone else's ("Sam's Kindle"), which is said as it is.
 */
export function ownName(name: string, firstName: string | undefined): string | undefined {
  const possessive = POSSESSIVE_NAME.exec(name.trim());
  if (!possessive) return /['’]s\b/.test(name) ? undefined : name;
  const [, whose, rest] = possessive;
  return firstName && whose.toLowerCase() === firstName.trim().toLowerCase() ? rest : undefined;
}

/** A registered device as a diagnosis keeps it, before its status is read. */
export function diagnosisDevice(device: RegisteredDevice, owner: Account | undefined): DiagnosisDevice {
  return { family: device.family, kind: kindOf(device), key: deviceKey(device), model: device.model, name: device.name, ownName: ownName(device.name, owner?.firstName), conditions: [] };
}

/** Words a customer may use for one of their own devices: its name, and the room or owner it starts with. */
export interface DeviceNameEntity {
  /** The device's key (see `deviceKey`). */
  id: string;
  value: string;
  synonyms: string[];
}

/**
 * The account's devices as slot values for this customer only (dynamic entities), so "the kitchen one" or
 * "bedroom" answers "which one?" when several devices of a kind fit.
 */
export function deviceNameEntities(devices: RegisteredDevice[]): DeviceNameEntity[] {
  return devices.flatMap((d) => {
    const id = deviceKey(d);
    const value = d.name.toLowerCase().replace(/[^a-z' ]/g, ' ').replace(/\s+/g, ' ').trim();
    const first = value.split(' ')[0];
    if (!id || !value) return [];
    if (!first || first === value) return [{ id, value, synonyms: [] }];
    // "Alex's Kindle" is "alex's"; "Kitchen Echo Dot" is "kitchen", "the kitchen one".
    return [{ id, value, synonyms: first.endsWith("'s") ? [first] : [first, `${first} one`, `the ${first} one`] }];
  });
}
