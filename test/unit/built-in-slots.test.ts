import { resolveDate, resolveTime } from '../../lambda/local/built-in-slots';

// Sunday 7:30 PM in Los Angeles, Monday in UTC.
const now = new Date('2026-11-23T03:30:00Z');
const LA = 'America/Los_Angeles';

/** The simulator turns spoken dates and times into what Alexa would send. */
describe('dates and times as Alexa resolves them, for the simulator', () => {
  it.each([
    ['today', '2026-11-22'],
    ['tomorrow', '2026-11-23'],
    ['the day after tomorrow', '2026-11-24'],
    ['monday', '2026-11-23'],
    ['on friday', '2026-11-27'],
    ['sunday', '2026-11-29'],
    ['right now', 'PRESENT_REF'],
    ['someday', 'someday'],
  ])('AMAZON.DATE "%s" is %s in the customer’s time zone', (spoken, value) => {
    expect(resolveDate(spoken, now, LA)).toBe(value);
  });

  it.each([
    ['ten', '10:00'],
    ['10 am', '10:00'],
    ['four pm', '16:00'],
    ['four', '16:00'],
    ['four thirty', '16:30'],
    ['at 9:15 am', '09:15'],
    ['twelve pm', '12:00'],
    ['noon', '12:00'],
    ['this evening', 'EV'],
    ['in the morning', 'MO'],
    ['whenever', 'whenever'],
  ])('AMAZON.TIME "%s" is %s', (spoken, value) => {
    expect(resolveTime(spoken)).toBe(value);
  });
});
