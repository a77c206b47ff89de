import { speechFor } from '../../lambda/speech/i18n';
import { calendarDaysBetween, localDate, spokenDay, spokenTime } from '../../lambda/speech/when';

const t = speechFor('en-US', () => 0);
// Sunday 7:30 PM in Los Angeles, already Monday 3:30 AM in UTC.
const now = new Date('2026-11-23T03:30:00Z');
const LA = 'America/Los_Angeles';

describe('days and times as the customer hears them', () => {
  it('counts days in the customer’s time zone, not in UTC', () => {
    expect(localDate(now, LA)).toBe('2026-11-22');
    expect(localDate(now, 'UTC')).toBe('2026-11-23');
    const mondayEveningUtc = new Date('2026-11-23T20:00:00Z');
    expect(spokenDay(mondayEveningUtc, now, LA, t).markup).toBe('tomorrow');
    expect(spokenDay(mondayEveningUtc, now, 'UTC', t).markup).toBe('today');
  });

  it('says weekdays within the week and the date beyond it', () => {
    expect(spokenDay(new Date('2026-11-24T20:00:00Z'), now, LA, t).markup).toBe('on Tuesday');
    expect(spokenDay(new Date('2026-11-19T20:00:00Z'), now, LA, t).markup).toBe('on Thursday');
    expect(spokenDay(new Date('2026-11-21T20:00:00Z'), now, LA, t).markup).toBe('yesterday');
    expect(spokenDay(new Date('2026-12-10T20:00:00Z'), now, LA, t).markup).toBe('on <say-as interpret-as="date" format="ymd">20261210</say-as>');
  });

  it('says which week a weekday is in when a bare one could be heard as the nearer one on the other side of today', () => {
    // On Sunday the 22nd, the first day of an en-US week: Thursday the 26th is this week's; last Thursday was three days ago.
    expect(spokenDay(new Date('2026-11-26T20:00:00Z'), now, LA, t).markup).toBe('this Thursday');
    expect(spokenDay(new Date('2026-11-28T20:00:00Z'), now, LA, t).markup).toBe('this Saturday');
    // Monday the 16th was six days ago, in the week before; a bare "Monday" is heard as tomorrow.
    expect(spokenDay(new Date('2026-11-16T20:00:00Z'), now, LA, t).markup).toBe('last Monday');
    expect(spokenDay(new Date('2026-11-18T20:00:00Z'), now, LA, t).markup).toBe('last Wednesday');
    const thursday = new Date('2026-11-26T20:00:00Z');
    expect(spokenDay(new Date('2026-11-30T20:00:00Z'), thursday, LA, t).markup).toBe('next Monday');
    expect(spokenDay(new Date('2026-12-02T20:00:00Z'), thursday, LA, t).markup).toBe('next Wednesday');
    // Earlier in the same week, the past tense says which: Saturday the 28th, of Tuesday the 24th.
    expect(spokenDay(new Date('2026-11-24T20:00:00Z'), new Date('2026-11-28T20:00:00Z'), LA, t).markup).toBe('on Tuesday');
  });

  it('reads clock times the way Alexa says them well', () => {
    expect(spokenTime(new Date('2026-11-23T00:00:00Z'), LA)).toBe('4 PM');
    expect(spokenTime(new Date('2026-11-23T18:30:00Z'), LA)).toBe('10:30 AM');
  });

  it('counts calendar days across month ends', () => {
    expect(calendarDaysBetween('2026-11-30', '2026-12-01')).toBe(1);
    expect(calendarDaysBetween('2026-12-01', '2026-11-28')).toBe(-3);
  });
});
