import { BUILT_IN_TYPES } from '../../lambda/local/speech/built-in-types';
import { words } from '../../lambda/local/speech/words';

// Sunday 22 November 2026, 7:30 PM in Los Angeles (already Monday in UTC).
const moment = { now: new Date('2026-11-23T03:30:00Z'), timeZone: 'America/Los_Angeles' };
const value = (type: string, spoken: string) => BUILT_IN_TYPES[type](words(spoken), moment);

/** The values Alexa sends for Amazon's slot types, worked out from the words. */
describe('built-in slot values as Alexa sends them', () => {
  it.each([
    ['today', '2026-11-22'],
    ['tomorrow', '2026-11-23'],
    ['the day after tomorrow', '2026-11-24'],
    ['monday', '2026-11-23'],
    ['on friday', '2026-11-27'],
    ['next friday', '2026-11-27'],
    ['sunday', '2026-11-29'],
    ['december fifth', '2026-12-05'],
    ['the fifth of december', '2026-12-05'],
    ['november first', '2027-11-01'],
    ['the twenty third', '2026-11-23'],
    ['the fifth', '2026-12-05'],
    ['this weekend', '2026-W47-WE'],
    ['next week', '2026-W48'],
    ['right now', 'PRESENT_REF'],
    ['someday', undefined],
    ['february thirtieth', undefined],
  ])('AMAZON.DATE "%s" is %s in the customer’s time zone', (spoken, expected) => {
    expect(value('AMAZON.DATE', spoken)).toBe(expected);
  });

  it.each([
    ['ten', '10:00'],
    ['10 am', '10:00'],
    ['10 a.m.', '10:00'],
    ['four pm', '16:00'],
    ['four', '16:00'],
    ['four thirty', '16:30'],
    ['four thirty pm', '16:30'],
    ['ten oh five', '10:05'],
    ['9:15 am', '09:15'],
    ['twelve pm', '12:00'],
    ['twelve am', '00:00'],
    ['noon', '12:00'],
    ['morning', 'MO'],
    ['this afternoon', 'AF'],
    ['this evening', 'EV'],
    ['night', 'NI'],
    ['in the morning', 'MO'],
    ['eight in the evening', '20:00'],
    ['half past ten in the morning', '10:30'],
    ['quarter past two in the afternoon', '14:15'],
    ['quarter to nine am', '08:45'],
    ['half past three', '15:30'],
    ['whenever', undefined],
    ['thirteen pm', undefined],
    ['ten sixty', undefined],
  ])('AMAZON.TIME "%s" is %s', (spoken, expected) => {
    expect(value('AMAZON.TIME', spoken)).toBe(expected);
  });

  it.each([
    ['ten minutes', 'PT10M'],
    ['an hour', 'PT1H'],
    ['half an hour', 'PT30M'],
    ['one hour and thirty minutes', 'PT1H30M'],
    ['two days', 'P2D'],
    ['minutes', undefined],
  ])('AMAZON.DURATION "%s" is %s', (spoken, expected) => {
    expect(value('AMAZON.DURATION', spoken)).toBe(expected);
  });

  it.each([
    ['four two five five five five zero one nine nine', '4255550199'],
    ['4255550199', '4255550199'],
    ['425 555 0199', '4255550199'],
    ['four two five double five five oh one nine nine', '4255550199'],
    ['five five five', undefined],
    ['four two five five five five zero one nine nine and', undefined],
  ])('AMAZON.PhoneNumber "%s" is %s', (spoken, expected) => {
    expect(value('AMAZON.PhoneNumber', spoken)).toBe(expected);
  });

  it.each([
    ['0001', '0001'],
    ['zero zero zero one', '0001'],
    ['oh oh oh one', '0001'],
    ['four two', undefined],
    ['12345', undefined],
  ])('AMAZON.FOUR_DIGIT_NUMBER "%s" is %s', (spoken, expected) => {
    expect(value('AMAZON.FOUR_DIGIT_NUMBER', spoken)).toBe(expected);
  });

  it.each([
    ['seven', '7'],
    ['forty-two', '42'],
    ['two hundred and five', '205'],
    ['a thousand', '1000'],
    ['1500', '1500'],
    ['lots', undefined],
  ])('AMAZON.NUMBER "%s" is %s', (spoken, expected) => {
    expect(value('AMAZON.NUMBER', spoken)).toBe(expected);
  });
});
