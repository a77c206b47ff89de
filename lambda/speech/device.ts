import { DEVICE_PLACEHOLDER } from '../domain/diagnosis/knowledge/terms';
import type { DiagnosisDevice } from '../domain/diagnosis/progress';
import type { Speech } from './i18n';
import { Ssml, text } from './ssml';

/**
 * A device as its owner hears it: "your Living Room Fire TV", "your Kindle" (Alex's own "Alex's Kindle"),
 * "Sam's Kindle" for one the name says is someone else's, "your Fire TV" for a device the account does not list.
 */
export function deviceWords(t: Speech, device: Pick<DiagnosisDevice, 'kind' | 'name' | 'ownName'>): Ssml {
  if (device.ownName) return new Ssml(t('diagnosis.yourDevice', { name: device.ownName }));
  if (!device.name) return new Ssml(t('diagnosis.yourKind', { kind: t(`support.kinds.${device.kind}`) }));
  // Kept from before names were read against the owner's: a possessive name already says whose it is.
  return /['’]s\b/.test(device.name) ? text(device.name) : new Ssml(t('diagnosis.yourDevice', { name: device.name }));
}

/** What is being fixed, the device named once: the knowledge base's "the light on {{device}}" with the device's words. */
export function problemWords(about: string, device: Ssml): Ssml {
  return new Ssml(about.split(DEVICE_PLACEHOLDER).map((part) => text(part).markup).join(device.markup));
}
