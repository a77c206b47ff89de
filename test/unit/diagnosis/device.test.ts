import { demoCustomers, DEMO_DEVICE_IDS } from '../../../lambda/adapters/demo/demo-data';
import { chooseAmong, deviceNameEntities, diagnosisDevice, inferKind, resolveDevice, type DeviceQuery, type DeviceResolution } from '../../../lambda/domain/diagnosis/device';
import { speechFor } from '../../../lambda/speech/i18n';
import { deviceWords } from '../../../lambda/speech/device';
import { TEST_NOW } from '../../support/harness';

const [alex, sam] = demoCustomers(TEST_NOW).map((c) => c.account);
const device = (name: string) => alex.devices.find((d) => d.name === name)!;
const dot = device('Kitchen Echo Dot');
const show = device('Bedroom Echo Show');
const fireTv = device('Living Room Fire TV');
const kindle = device("Alex's Kindle");

const speaker = { deviceId: 'amzn1.ask.device.UNKNOWN', videoApp: false };
const tv = { deviceId: 'amzn1.ask.device.UNKNOWN', viewportMode: 'TV', videoApp: true };
const hub = { deviceId: 'amzn1.ask.device.UNKNOWN', viewportMode: 'HUB', videoApp: false };

describe('which device the problem is about', () => {
  it.each<[string, DeviceQuery, DeviceResolution]>([
    ['the requesting device, found on the account', { account: alex, requesting: { deviceId: DEMO_DEVICE_IDS.echoDot, videoApp: false } }, { kind: 'REGISTERED', device: dot, deviceKind: 'ECHO' }],
    ['the requesting Fire TV', { account: alex, requesting: { deviceId: DEMO_DEVICE_IDS.fireTv, viewportMode: 'TV', videoApp: true } }, { kind: 'REGISTERED', device: fireTv, deviceKind: 'FIRE_TV' }],
    ['a named Kindle, looked up even from a Fire TV', { account: alex, requesting: tv, named: 'KINDLE', spoken: 'kindle' }, { kind: 'REGISTERED', device: kindle, deviceKind: 'KINDLE' }],
    ['"my echo" with two Echos: which one?', { account: alex, requesting: speaker, named: 'ECHO', spoken: 'echo' }, { kind: 'CHOOSE', candidates: [dot, show] }],
    ['"my echo dot" picks the Dot by its model', { account: alex, requesting: speaker, named: 'ECHO', spoken: 'echo dot' }, { kind: 'REGISTERED', device: dot, deviceKind: 'ECHO' }],
    ['"the echo in the kitchen" picks it by its name', { account: alex, requesting: speaker, named: 'ECHO', spoken: 'echo in the kitchen' }, { kind: 'REGISTERED', device: dot, deviceKind: 'ECHO' }],
    ['"my echo show" is the Echo with a screen', { account: alex, requesting: speaker, named: 'ECHO_SHOW', spoken: 'echo show' }, { kind: 'REGISTERED', device: show, deviceKind: 'ECHO_SHOW' }],
    ['a symptom only a Fire TV has finds the Fire TV from an Echo', { account: alex, requesting: { deviceId: DEMO_DEVICE_IDS.echoDot, videoApp: false }, symptomFamilies: ['FIRE_TV'] }, { kind: 'REGISTERED', device: fireTv, deviceKind: 'FIRE_TV' }],
    ['a symptom the requesting device cannot have: ask', { account: alex, requesting: { deviceId: DEMO_DEVICE_IDS.echoDot, videoApp: false }, symptomFamilies: ['FIRE_TV', 'KINDLE'] }, { kind: 'ASK' }],
    ['an Echo-only symptom from an Echo Show is about that Show, not "which Echo?"', { account: alex, requesting: { deviceId: DEMO_DEVICE_IDS.echoShow, viewportMode: 'HUB', videoApp: false }, symptomFamilies: ['ECHO'] }, { kind: 'REGISTERED', device: show, deviceKind: 'ECHO_SHOW' }],
    ['a Fire TV-only symptom said to an unknown TV is about that TV, to confirm', { account: alex, requesting: tv, symptomFamilies: ['FIRE_TV'] }, { kind: 'CONFIRM_INFERRED', deviceKind: 'FIRE_TV' }],
    ['a named device with no linked account: generic', { requesting: speaker, named: 'FIRE_TV', spoken: 'fire tv' }, { kind: 'GENERIC', deviceKind: 'FIRE_TV' }],
    ['a named device the account does not have: generic', { account: sam, requesting: speaker, named: 'KINDLE', spoken: 'kindle' }, { kind: 'GENERIC', deviceKind: 'KINDLE' }],
    ['an unknown device with a TV screen: Fire TV, to confirm', { requesting: tv }, { kind: 'CONFIRM_INFERRED', deviceKind: 'FIRE_TV' }],
    ['an unknown device with VideoApp but no viewport: Fire TV', { requesting: { deviceId: 'x', videoApp: true } }, { kind: 'CONFIRM_INFERRED', deviceKind: 'FIRE_TV' }],
    ['an unknown HUB device: Echo Show', { requesting: hub }, { kind: 'CONFIRM_INFERRED', deviceKind: 'ECHO_SHOW' }],
    ['an unknown device without a screen: Echo speaker', { requesting: speaker }, { kind: 'CONFIRM_INFERRED', deviceKind: 'ECHO' }],
    ['another account\'s device id is unknown here, never that customer\'s device', { account: sam, requesting: { deviceId: DEMO_DEVICE_IDS.fireTv, viewportMode: 'TV', videoApp: true } }, { kind: 'CONFIRM_INFERRED', deviceKind: 'FIRE_TV' }],
    ['a symptom only a Kindle has, from an unknown TV: the Kindle', { requesting: tv, symptomFamilies: ['KINDLE'] }, { kind: 'GENERIC', deviceKind: 'KINDLE' }],
    ['no device in the request and nothing named: ask', { requesting: { videoApp: false } }, { kind: 'ASK' }],
    ['a phone-like viewport: ask', { requesting: { deviceId: 'x', viewportMode: 'MOBILE', videoApp: false } }, { kind: 'ASK' }],
  ])('%s', (_case, query, expected) => {
    expect(resolveDevice(query)).toEqual(expected);
  });

  it('never infers a Kindle, which does not talk to Alexa', () => {
    for (const requesting of [speaker, tv, hub]) expect(inferKind(requesting)).not.toBe('KINDLE');
  });

  it.each([
    ['the echo dot', 'ECHO' as const, [dot]],
    ['echo show', 'ECHO_SHOW' as const, [show]],
    ['kitchen', undefined, [dot]],
    ['bedroom one', undefined, [show]],
    ['the red one', undefined, []],
    ['echo', 'ECHO' as const, [dot, show]],
  ])('takes "%s" as the answer to which one', (spoken, named, expected) => {
    expect(chooseAmong([dot, show], named, spoken)).toEqual(expected);
  });
});

describe('the customer\'s own device names, for "which one?"', () => {
  it('offers each device by its name and by the room or owner it starts with', () => {
    expect(deviceNameEntities([dot, kindle])).toEqual([
      { id: DEMO_DEVICE_IDS.echoDot, value: 'kitchen echo dot', synonyms: ['kitchen', 'kitchen one', 'the kitchen one'] },
      { id: 'G000DEMOKINDLE01', value: "alex's kindle", synonyms: ["alex's"] },
    ]);
  });
});

describe('a device as its owner hears it', () => {
  const t = speechFor('en-US', () => 0);
  const heard = (name: string, owner = alex) => deviceWords(t, diagnosisDevice({ ...kindle, name }, owner)).markup;

  it.each([
    ["Alex's Kindle", 'your Kindle'],
    ["alex’s Kindle", 'your Kindle'],
    ['Kitchen Echo Dot', 'your Kitchen Echo Dot'],
    ["Sam's Kindle", 'Sam&apos;s Kindle'],
    ["Alexandra's Kindle", 'Alexandra&apos;s Kindle'],
    ["Kids' Room Kindle", 'your Kids&apos; Room Kindle'],
  ])('says "%s" to Alex as "%s"', (name, said) => {
    expect(heard(name)).toBe(said);
  });

  it("keeps a possessive name as it is when the account holder's first name is not known", () => {
    expect(heard("Alex's Kindle", { ...alex, firstName: undefined })).toBe('Alex&apos;s Kindle');
    expect(heard("Alex's Kindle", sam)).toBe('Alex&apos;s Kindle');
  });

  it('says the kind for a device the account does not list', () => {
    expect(deviceWords(t, { kind: 'FIRE_TV' }).markup).toBe('your Fire TV');
  });
});
