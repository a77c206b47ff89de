import { resources } from '../../lambda/locales';
import { knowledge } from '../../lambda/domain/diagnosis/knowledge';
import { diagnosisDevice } from '../../lambda/domain/diagnosis/device';
import type { DiagnosisDevice } from '../../lambda/domain/diagnosis/progress';
import { demoCustomers } from '../../lambda/adapters/demo/demo-data';
import { deviceWords, problemWords } from '../../lambda/speech/device';
import { speechFor, type SpeechKey, type SpeechParams } from '../../lambda/speech/i18n';
import { Ssml, digits, plainText, spokenList } from '../../lambda/speech/ssml';
import { spokenDay, spokenTime } from '../../lambda/speech/when';

/**
 * Every message of the locale, with every variant, filled in with the kinds of data the skill puts into it
 * (devices named and not, every team, days near and far, callback slots, orders), read as the customer hears
 * it: no word twice in a row, no two prepositions in a row, no device named twice in one message.
 */
const t = speechFor('en-US', () => 0);
const LA = 'America/Los_Angeles';
const NOW = new Date('2026-11-25T20:00:00Z'); // Wednesday noon in Los Angeles
const DAY_MS = 86_400_000;

const alex = demoCustomers(NOW)[0];
const device = (d: DiagnosisDevice) => deviceWords(t, d);
const sams = { family: 'KINDLE', model: 'Kindle (11th Gen)', name: "Sam's Kindle", hasScreen: true } as const;
const devices: DiagnosisDevice[] = [
  ...[...alex.account.devices, sams].map((d) => diagnosisDevice(d, alex.account)),
  ...(['ECHO', 'FIRE_TV', 'KINDLE'] as const).map((family) => ({ family, kind: family, conditions: [] })),
];
const days = Array.from({ length: 17 }, (_, i) => new Date(NOW.getTime() + (i - 8) * DAY_MS));
const spokenDays = days.map((at) => spokenDay(at, NOW, LA, t));
const slots = days.map((at) => new Ssml(t('routing.slotTime', { day: spokenDay(at, NOW, LA, t), time: spokenTime(at, LA) })));
const teams = (['ECHO', 'FIRE_TV', 'KINDLE', 'ORDERS'] as const).map((team) => t(`routing.teamName.${team}`));
const items = ['Echo Dot (5th Gen)', 'AAA batteries', 'Kindle Paperwhite (11th Gen)'];
const ref = new Ssml(t('orders.orderRef', { digits: digits('0004') }));
const card = new Ssml(t('orderProblems.refund.card', { type: 'Visa', digits: digits('4242') }));

/** What each placeholder is filled with, as the skill fills it. */
const SAMPLES: Record<string, (string | number | Ssml)[]> = {
  item: items,
  team: teams,
  slot: slots,
  first: slots,
  second: slots.slice(9, 10),
  opens: slots.slice(8, 11),
  day: spokenDays,
  due: spokenDays.slice(0, 8),
  delivered: spokenDays.slice(0, 9),
  orderId: ['112-0000004'],
  example: ['Echo Dot'],
  wait: (['none', 'oneMinute', 'unknown'] as const).map((w) => new Ssml(t(`routing.wait.${w}`))),
  items: [spokenList(items, t('core.or'))],
  seller: ['CableCo'],
  digits: [digits('0004')],
  ref: [ref],
  method: [card, 'gift card balance'],
  methods: [spokenList(['Visa', 'Mastercard'], t('core.or'))],
  what: ['a 4K HDMI cable'],
  number: [new Ssml(t('routing.phone.masked', { digits: digits('0142') }))],
  name: ['Home', "Mom's house"],
  names: [spokenList(['Home', 'Work'], t('core.or'))],
  count: [2],
  carrier: ['UPS', t('orderProblems.theCarrier')],
  type: ['Visa'],
  tracking: ['Arrived at a carrier facility'],
  reason: [new Ssml(t('routing.time.fullThen')), new Ssml(t('routing.time.closedThen', { team: teams[0] }))],
  minutes: [10],
  comeBack: ['just ask me again'],
  change: [new Ssml(t('orderProblems.change.toQuantity', { count: 2 })), new Ssml(t('orderProblems.change.toAddress', { name: 'Work' }))],
  amount: ['$29.99'],
  weekday: ['Thursday'],
  time: ['3 PM'],
  date: [new Ssml('<say-as interpret-as="date" format="ymd">20261210</say-as>')],
  subscription: ['Kindle Unlimited'],
  returnId: ['R-1'],
  replacementId: ['P-1'],
  problem: ['late delivery'],
  percent: [12],
  link: ['https://chat.example.com/c/1'],
  kind: ['Kindle'],
  days: [9],
  clue: ['$12.99 on Monday'],
  choices: [spokenList(devices.slice(0, 2).map(device), t('core.or'))],
};

/** Data that differs by message: a device the skill does not look after is named as the customer said it. */
const SAMPLES_FOR: Partial<Record<SpeechKey, typeof SAMPLES>> = { 'support.unsupportedDevice': { device: ['Ring doorbell'] } };

/** A filling of a message, with the words of the device it is about (when it is about one). */
interface Filling {
  params: SpeechParams;
  device?: string;
}

/** A device and what was being fixed on it come together: each of the knowledge base's problems, on a device of its family. */
const DEVICE_SCENES: Filling[] = devices.flatMap((d) =>
  knowledge()[d.family].trees.map((tree) => ({ params: { device: device(d), about: problemWords(tree.about, device(d)) }, device: plainText(device(d).markup) })),
);

function leaves(node: unknown, path: string[] = []): SpeechKey[] {
  if (typeof node === 'string' || Array.isArray(node)) return [path.join('.') as SpeechKey];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, [...path, k]));
}

function placeholders(key: SpeechKey): string[] {
  const raw = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], resources['en-US']);
  const all = ([] as string[]).concat(raw as string | string[]).join(' ');
  return [...new Set([...all.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))];
}

/** Every way the key's placeholders can be filled from the samples. */
function fillings(key: SpeechKey, names: string[]): Filling[] {
  const samples = { ...SAMPLES, ...SAMPLES_FOR[key] };
  const scene = names.some((n) => !(n in samples) && (n === 'device' || n === 'about'));
  let out: Filling[] = scene ? DEVICE_SCENES : [{ params: {} }];
  for (const name of names.filter((n) => !scene || (n !== 'device' && n !== 'about'))) {
    const values = samples[name];
    if (!values) throw new Error(`no sample data for {{${name}}}`);
    out = out.flatMap((filling) => values.map((value) => ({ ...filling, params: { ...filling.params, [name]: value } })));
  }
  return out;
}

const PREPOSITION = '(?:to|on|for|at|in|from|with|of|by|about|into|onto)';
const FAULTS: [string, RegExp][] = [
  ['a word twice in a row', /\b(\w+)\s+\1\b/i],
  ['two prepositions in a row', new RegExp(`\\b${PREPOSITION}\\s+${PREPOSITION}\\b`, 'i')],
  ['the same phrase twice ("on your X on your Y")', new RegExp(`\\b(${PREPOSITION} (?:your|the)) [^.,;:?!]*\\b\\1\\b`, 'i')],
];
const FAMILY_WORDS = /\b(Echo|Fire TV|Kindle)\b/g;

/** The faults heard in one message; where it names a device, nothing else in it names that device's family again. */
function faultsIn(said: string, device: string | undefined): string[] {
  const found = FAULTS.filter(([, pattern]) => pattern.test(said)).map(([what]) => what);
  const family = device?.match(FAMILY_WORDS)?.[0];
  if (device && family && said.includes(device) && said.replace(device, '').includes(family)) found.push(`the ${family} named twice`);
  return found;
}

describe('every message of the locale, as the customer hears it', () => {
  it('has sample data for every placeholder', () => {
    const names = new Set(leaves(resources['en-US']).flatMap(placeholders));
    expect([...names].filter((n) => !(n in SAMPLES) && n !== 'device' && n !== 'about')).toEqual([]);
  });

  it('never says a word twice, two prepositions in a row, or the device twice', () => {
    const heard = new Set<string>();
    for (const key of leaves(resources['en-US'])) {
      for (const { params, device: deviceSaid } of fillings(key, placeholders(key))) {
        for (const variant of t.variants(key, params)) {
          const said = plainText(variant);
          for (const fault of faultsIn(said, deviceSaid)) heard.add(`${key}: ${fault}: "${said}"`);
        }
      }
    }
    expect([...heard]).toEqual([]);
  });
});
