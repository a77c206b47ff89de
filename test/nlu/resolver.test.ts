import type { Slot } from 'ask-sdk-model';
import { SpeechResolver, type ModelJson, type Resolution } from '../../lambda/local/speech/resolver';
import { MODEL_FILE } from '../support/transcript';

const SKILL_ID = 'amzn1.ask.skill.test';
// Wednesday 2 December 2026, 10:00 in Los Angeles.
const moment = { now: new Date('2026-12-02T18:00:00Z'), timeZone: 'America/Los_Angeles' };

const committed = SpeechResolver.fromFile(MODEL_FILE, SKILL_ID);

/** A model small enough to read: the shapes the rules are about. */
const small = new SpeechResolver(
  {
    interactionModel: {
      languageModel: {
        intents: [
          { name: 'CallMeIntent', slots: [{ name: 'date', type: 'AMAZON.DATE' }, { name: 'time', type: 'AMAZON.TIME' }], samples: ['call me back {date} {time}', '{date} {time}', 'call me back {date}'] },
          { name: 'ItemIntent', slots: [{ name: 'item', type: 'Item' }], samples: ['where is my {item}', 'where is my order'] },
          { name: 'OrderIntent', samples: ['where is my order', 'where is my cable'] },
          { name: 'LongIntent', slots: [{ name: 'minutes', type: 'AMAZON.DURATION' }, { name: 'count', type: 'AMAZON.NUMBER' }], samples: ['wait {minutes}', 'i have {count} of them'] },
          { name: 'AMAZON.YesIntent', samples: ['go for it'] },
          { name: 'AMAZON.FallbackIntent', samples: [] },
        ],
        types: [{ name: 'Item', values: [{ id: 'CABLE', name: { value: 'cable', synonyms: ['charging cable', 'cord'] } }] }],
      },
    },
  } satisfies ModelJson,
  SKILL_ID,
);

const filled = (r: Resolution) => Object.fromEntries(Object.entries(r.slots ?? {}).filter(([, s]) => s.value !== undefined).map(([name, s]) => [name, s.value]));
const ids = (slot: Slot | undefined) => slot?.resolutions?.resolutionsPerAuthority?.map((a) => [a.authority, a.status.code, (a.values ?? []).map((v) => v.value.id)]);

describe('speech resolved as Alexa resolves it', () => {
  it('matches two adjacent slots by trying every split: "my kindle won\'t charge"', () => {
    const r = committed.resolve("my kindle won't charge", moment);
    expect(r.intent).toBe('DescribeProblemIntent');
    expect(filled(r)).toEqual({ device: 'kindle', symptom: "won't charge" });
    expect(ids(r.slots?.symptom)).toEqual([[`amzn1.er-authority.echo-sdk.${SKILL_ID}.Symptom`, 'ER_SUCCESS_MATCH', ['NOT_CHARGING']]]);
  });

  it('normalises case, punctuation and spaces but keeps apostrophes', () => {
    expect(filled(committed.resolve("  My Kindle   WON'T charge! ", moment))).toEqual({ device: 'kindle', symptom: "won't charge" });
  });

  it('resolves a synonym to its value\'s id, with the spoken words as the value', () => {
    const r = committed.resolve('where is my fire stick', moment);
    expect(r.intent).toBe('OrderStatusIntent');
    expect(r.slots?.item).toMatchObject({ value: 'fire stick', resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: 'fire tv', id: 'FIRE_TV' } }] }] } });
    expect(r.slots?.orderNumber).toEqual({ name: 'orderNumber', confirmationStatus: 'NONE' });
  });

  it('gives "tomorrow morning" a date and the part of the day', () => {
    expect(filled(small.resolve('call me back tomorrow morning', moment))).toEqual({ date: '2026-12-03', time: 'MO' });
    expect(filled(small.resolve('friday afternoon', moment))).toEqual({ date: '2026-12-04', time: 'AF' });
  });

  it('takes a phone number spoken digit by digit', () => {
    const r = committed.resolve('my number is four two five five five five zero one nine nine', moment);
    expect(r.intent).toBe('GivePhoneNumberIntent');
    expect(filled(r)).toEqual({ phone: '4255550199' });
  });

  it('takes an order number said as digits or as words', () => {
    expect(filled(committed.resolve('order ending in 0001', moment))).toEqual({ orderNumber: '0001' });
    expect(filled(committed.resolve('order ending in oh oh oh one', moment))).toEqual({ orderNumber: '0001' });
    expect(filled(committed.resolve('order ending in zero zero zero one', moment))).toEqual({ orderNumber: '0001' });
  });

  it('takes durations and numbers', () => {
    expect(filled(small.resolve('wait ten minutes', moment))).toEqual({ minutes: 'PT10M' });
    expect(filled(small.resolve('i have forty two of them', moment))).toEqual({ count: '42' });
  });

  it('takes "the kitchen one" only once the skill has taught it, listing the dynamic authority first', () => {
    expect(committed.resolve('the kitchen one', moment).intent).toBe('AMAZON.FallbackIntent');
    const dynamicEntities = {
      DeviceType: [
        { id: 'kitchen-dot', name: { value: 'kitchen echo dot', synonyms: ['kitchen', 'kitchen one', 'the kitchen one'] } },
        { id: 'bedroom-show', name: { value: 'bedroom echo show', synonyms: ['bedroom', 'bedroom one', 'the bedroom one'] } },
      ],
    };
    const r = committed.resolve('the kitchen one', { ...moment, dynamicEntities });
    expect(r.intent).toBe('SupportIntent');
    expect(ids(r.slots?.device)).toEqual([
      [`amzn1.er-authority.echo-sdk.dynamic.${SKILL_ID}.DeviceType`, 'ER_SUCCESS_MATCH', ['kitchen-dot']],
      [`amzn1.er-authority.echo-sdk.${SKILL_ID}.DeviceType`, 'ER_SUCCESS_NO_MATCH', []],
    ]);
    // A static value still resolves while dynamic entities are in force, after the dynamic authority.
    expect(ids(committed.resolve('my echo show', { ...moment, dynamicEntities }).slots?.device)).toEqual([
      [`amzn1.er-authority.echo-sdk.dynamic.${SKILL_ID}.DeviceType`, 'ER_SUCCESS_NO_MATCH', []],
      [`amzn1.er-authority.echo-sdk.${SKILL_ID}.DeviceType`, 'ER_SUCCESS_MATCH', ['ECHO_SHOW']],
    ]);
  });

  it.each([
    ['yeah', 'AMAZON.YesIntent'],
    ['of course', 'AMAZON.YesIntent'],
    ['no thank you', 'AMAZON.NoIntent'],
    ['never mind', 'AMAZON.CancelIntent'],
    ['say that again', 'AMAZON.RepeatIntent'],
    ['start over', 'AMAZON.StartOverIntent'],
    ['go back', 'AMAZON.PreviousIntent'],
    ['skip', 'AMAZON.NextIntent'],
    ['goodbye', 'AMAZON.StopIntent'],
  ])('knows "%s" as %s, a built-in intent the model declares', (spoken, intent) => {
    expect(committed.resolve(spoken, moment).intent).toBe(intent);
  });

  it('takes the model\'s own samples for a built-in intent, and only the built-ins it declares', () => {
    expect(small.resolve('go for it', moment).intent).toBe('AMAZON.YesIntent');
    expect(small.resolve('stop', moment).intent).toBe('AMAZON.FallbackIntent');
  });

  it('prefers the sample with more literal words, then the intent listed first', () => {
    expect(small.resolve('where is my cord', moment).intent).toBe('ItemIntent');
    // Four literal words beat three and a slot, though ItemIntent is listed first.
    expect(small.resolve('where is my cable', moment).intent).toBe('OrderIntent');
    // "where is my order" is a sample of both: ItemIntent is listed first.
    expect(small.resolve('where is my order', moment).intent).toBe('ItemIntent');
    // "cancel my callback" is a whole sample; "cancel my {item}" has one word fewer and "callback" is no item.
    expect(committed.resolve('cancel my callback', moment).intent).toBe('CancelCallbackIntent');
  });

  it.each([
    ["my kindle won't charge please"],
    ['where is my purple cable'],
    ['my kindle kindle'],
    ['call me back someday'],
    ['yes yes'],
    ['purple monkey dishwasher'],
  ])('never matches more leniently than Alexa: "%s" is AMAZON.FallbackIntent', (spoken) => {
    const r = spoken.startsWith('call me') || spoken.startsWith('where') ? small.resolve(spoken, moment) : committed.resolve(spoken, moment);
    expect(r).toEqual({ intent: 'AMAZON.FallbackIntent' });
  });
});
