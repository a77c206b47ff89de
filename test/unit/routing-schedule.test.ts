import { CALLBACK_LEAD_MINUTES, estimatedWaitMinutes, isOpenAt, nextOpening, planSlots, slotStarts, type CallbackWish } from '../../lambda/domain/routing/schedule';
import { checkTeams, TeamSettingsSchema } from '../../lambda/domain/routing/team-rules';
import { teamDirectory, type TeamSettings } from '../../lambda/domain/routing/teams';
import { readWish } from '../../lambda/domain/routing/wish';
import { instantAt, offsetMinutes, wallTime } from '../../lambda/domain/routing/zoned-time';
import { TEST_NOW } from '../support/harness';

const iso = (d: Date | undefined) => d?.toISOString();
const LA = 'America/Los_Angeles';
const TEAMS = teamDirectory();
const FIRE_TV = TEAMS.FIRE_TV;

/** A team open across 2 AM, where daylight-saving changes happen. */
const nightTeam: TeamSettings = TeamSettingsSchema.parse({
  timeZone: LA,
  hours: { SUN: { open: '01:00', close: '04:00' } },
  callbackCapacityPerSlot: 1,
  averageHandlingMinutes: 10,
  agentsOnShift: 1,
});

describe('wall-clock arithmetic in IANA zones', () => {
  it.each([
    ['2026-01-15T12:00:00Z', LA, -480],
    ['2026-07-15T12:00:00Z', LA, -420],
    ['2026-11-23T03:30:00Z', 'Asia/Kolkata', 330],
    ['2026-11-23T03:30:00Z', 'Australia/Lord_Howe', 660],
    ['2026-11-23T03:30:00Z', 'UTC', 0],
  ])('%s in %s is %i minutes from UTC', (at, zone, offset) => {
    expect(offsetMinutes(new Date(at), zone)).toBe(offset);
  });

  it.each([
    ['a normal morning', '2026-11-23', '08:00', LA, '2026-11-23T16:00:00.000Z'],
    ['a half-hour zone', '2026-11-23', '10:00', 'Asia/Kolkata', '2026-11-23T04:30:00.000Z'],
    ['summer time', '2026-07-01', '08:00', LA, '2026-07-01T15:00:00.000Z'],
    ['a time skipped by spring-forward moves after the change', '2026-03-08', '02:30', LA, '2026-03-08T10:30:00.000Z'],
    ['a time repeated by fall-back is its first instance', '2026-11-01', '01:30', LA, '2026-11-01T08:30:00.000Z'],
    ['the day after fall-back', '2026-11-02', '08:00', LA, '2026-11-02T16:00:00.000Z'],
  ])('%s: %s %s in %s', (_, date, time, zone, expected) => {
    const [h, m] = time.split(':').map(Number);
    expect(instantAt(date, h * 60 + m, zone).toISOString()).toBe(expected);
  });

  it('reads TEST_NOW as Sunday evening in Los Angeles', () => {
    expect(wallTime(TEST_NOW, LA)).toEqual({ date: '2026-11-22', weekday: 'SUN', minutes: 19 * 60 + 30 });
  });
});

describe('business hours', () => {
  it.each([
    ['Monday 7:59 AM, before opening', '2026-11-23T15:59:00Z', false],
    ['Monday 8:00 AM, opening', '2026-11-23T16:00:00Z', true],
    ['Monday 7:59 PM, last minute', '2026-11-24T03:59:00Z', true],
    ['Monday 8:00 PM, closing', '2026-11-24T04:00:00Z', false],
    ['Sunday 7:30 PM, after weekend hours', '2026-11-23T03:30:00Z', false],
    ['Sunday noon, weekend hours', '2026-11-22T20:00:00Z', true],
  ])('the Fire TV team (Los Angeles) on %s: open %s', (_, at, open) => {
    expect(isOpenAt(FIRE_TV, new Date(at))).toBe(open);
  });

  it('knows each team keeps its own clock: at TEST_NOW every team is closed, and opens on its own Monday morning', () => {
    expect(Object.values(TEAMS).map((s) => isOpenAt(s, TEST_NOW))).toEqual([false, false, false, false]);
    expect(iso(nextOpening(TEAMS.ECHO, TEST_NOW))).toBe('2026-11-23T13:00:00.000Z');
    expect(iso(nextOpening(TEAMS.FIRE_TV, TEST_NOW))).toBe('2026-11-23T16:00:00.000Z');
    expect(iso(nextOpening(TEAMS.KINDLE, TEST_NOW))).toBe('2026-11-23T14:00:00.000Z');
    expect(iso(nextOpening(TEAMS.ORDERS, TEST_NOW))).toBe('2026-11-23T12:00:00.000Z');
  });

  it('cuts a day into half-hour slots from opening to the last half hour before closing', () => {
    const monday = slotStarts(FIRE_TV, new Date('2026-11-23T08:00:00Z'), new Date('2026-11-24T08:00:00Z'));
    expect(monday).toHaveLength(24);
    expect(iso(monday[0])).toBe('2026-11-23T16:00:00.000Z');
    expect(iso(monday[23])).toBe('2026-11-24T03:30:00.000Z');
  });

  it('skips a team’s closed weekend', () => {
    const slots = slotStarts(TEAMS.KINDLE, new Date('2026-11-21T00:00:00Z'), new Date('2026-11-24T00:00:00Z'));
    expect(iso(slots[0])).toBe('2026-11-23T14:00:00.000Z');
  });

  it('keeps opening at 10 AM local on both sides of the spring-forward weekend', () => {
    const slots = slotStarts(FIRE_TV, new Date('2026-03-07T08:00:00Z'), new Date('2026-03-09T07:00:00Z')); // Saturday and Sunday, local
    expect(iso(slots[0])).toBe('2026-03-07T18:00:00.000Z');
    expect(slots.map(iso)).toContain('2026-03-08T17:00:00.000Z');
  });

  it('has no slots for the hour skipped by spring-forward, and one for each repeated hour after fall-back', () => {
    const spring = slotStarts(nightTeam, new Date('2026-03-08T00:00:00Z'), new Date('2026-03-09T00:00:00Z'));
    expect(spring.map((s) => wallTime(s, LA).minutes / 60)).toEqual([1, 1.5, 3, 3.5]);
    const fall = slotStarts(nightTeam, new Date('2026-11-01T00:00:00Z'), new Date('2026-11-02T00:00:00Z'));
    expect(fall.map(iso)).toEqual([
      '2026-11-01T08:00:00.000Z',
      '2026-11-01T08:30:00.000Z',
      '2026-11-01T10:00:00.000Z',
      '2026-11-01T10:30:00.000Z',
      '2026-11-01T11:00:00.000Z',
      '2026-11-01T11:30:00.000Z',
    ]);
  });
});

describe('planning a callback', () => {
  const plan = (wish: CallbackWish, now = TEST_NOW, settings = FIRE_TV, customerZone = LA) => planSlots(wish, settings, now, customerZone);

  it('offers the first slot after opening for "as soon as possible" when the team is closed', () => {
    expect(iso(plan({ kind: 'ASAP' }).candidates[0])).toBe('2026-11-23T16:00:00.000Z');
  });

  it('suggests only times in the customer’s day: the orders team opens at 4 AM for a customer in Los Angeles', () => {
    expect(iso(plan({ kind: 'ASAP' }, TEST_NOW, TEAMS.ORDERS).candidates[0])).toBe('2026-11-23T16:00:00.000Z');
    expect(iso(plan({ kind: 'ASAP' }, TEST_NOW, TEAMS.ORDERS, 'America/New_York').candidates[0])).toBe('2026-11-23T13:00:00.000Z');
    const early = plan({ kind: 'AT', at: new Date('2026-11-23T12:00:00Z') }, TEST_NOW, TEAMS.ORDERS);
    expect(iso(early.candidates[0])).toBe('2026-11-23T12:00:00.000Z');
    expect(early.fits(early.candidates[0])).toBe(true);
  });

  it(`keeps ${CALLBACK_LEAD_MINUTES} minutes between now and the soonest callback`, () => {
    const now = new Date('2026-11-23T17:50:00Z'); // Monday 9:50 AM in Los Angeles
    expect(iso(plan({ kind: 'ASAP' }, now).candidates[0])).toBe('2026-11-23T18:30:00.000Z');
    expect(iso(plan({ kind: 'ASAP' }, new Date('2026-11-23T17:40:00Z')).candidates[0])).toBe('2026-11-23T18:00:00.000Z');
  });

  it('gives the exact slot for a time inside hours, the half hour it falls in for 10:15', () => {
    for (const at of ['2026-11-23T18:00:00Z', '2026-11-23T18:15:00Z']) {
      const p = plan({ kind: 'AT', at: new Date(at) });
      expect(p.teamOpenThen).toBe(true);
      expect(iso(p.candidates[0])).toBe('2026-11-23T18:00:00.000Z');
      expect(p.fits(p.candidates[0])).toBe(true);
      expect(p.fits(p.candidates[1])).toBe(false);
    }
  });

  it('orders the nearest slots first for a time outside hours, and none of them fits', () => {
    const p = plan({ kind: 'AT', at: new Date('2026-11-24T06:00:00Z') }); // Monday 10 PM in Los Angeles
    expect(p.teamOpenThen).toBe(false);
    expect(p.candidates.slice(0, 2).map(iso)).toEqual(['2026-11-24T03:30:00.000Z', '2026-11-24T03:00:00.000Z']);
    expect(p.candidates.some((c) => p.fits(c))).toBe(false);
  });

  it('fills "this evening" from the window, then offers what is nearest after it', () => {
    const p = plan({ kind: 'WINDOW', from: new Date('2026-11-24T01:00:00Z'), to: new Date('2026-11-24T05:00:00Z') });
    expect(iso(p.candidates[0])).toBe('2026-11-24T01:00:00.000Z');
    expect(p.candidates.filter((c) => p.fits(c))).toHaveLength(6);
    const closedEvening = plan({ kind: 'WINDOW', from: new Date('2026-11-23T03:30:00Z'), to: new Date('2026-11-23T05:00:00Z') });
    expect(closedEvening.teamOpenThen).toBe(false);
    expect(iso(closedEvening.candidates[0])).toBe('2026-11-23T16:00:00.000Z');
  });

  it.each([
    [0, 0],
    [3, 12],
    [8, 30],
  ])('estimates the Fire TV wait from a queue of %i as %i minutes (15 minutes each, 4 agents)', (queue, minutes) => {
    expect(estimatedWaitMinutes(queue, FIRE_TV)).toBe(minutes);
  });
});

describe('reading the time a customer asked for (Los Angeles, Sunday 7:30 PM)', () => {
  it.each([
    ['nothing said', {}, { kind: 'ASAP' }],
    ['as soon as possible', { asap: true }, { kind: 'ASAP' }],
    ['right now', { date: 'PRESENT_REF' }, { kind: 'ASAP' }],
    ['tomorrow at 10', { date: '2026-11-23', time: '10:00' }, { kind: 'AT', at: '2026-11-23T18:00:00.000Z' }],
    ['at 10 (the next 10 AM)', { time: '10:00' }, { kind: 'AT', at: '2026-11-23T18:00:00.000Z' }],
    ['at 8 PM (still ahead today)', { time: '20:00' }, { kind: 'AT', at: '2026-11-23T04:00:00.000Z' }],
    ['this evening (from now)', { time: 'EV' }, { kind: 'WINDOW', from: '2026-11-23T03:30:00.000Z', to: '2026-11-23T05:00:00.000Z' }],
    ['in the morning (tomorrow)', { time: 'MO' }, { kind: 'WINDOW', from: '2026-11-23T16:00:00.000Z', to: '2026-11-23T20:00:00.000Z' }],
    ['Monday night', { date: '2026-11-23', time: 'NI' }, { kind: 'WINDOW', from: '2026-11-24T05:00:00.000Z', to: '2026-11-24T08:00:00.000Z' }],
    ['Tuesday', { date: '2026-11-24' }, { kind: 'WINDOW', from: '2026-11-24T08:00:00.000Z', to: '2026-11-25T08:00:00.000Z' }],
  ])('%s', (_, spoken, expected) => {
    const reading = readWish(spoken, TEST_NOW, LA);
    expect(JSON.parse(JSON.stringify(reading))).toEqual({ ok: true, wish: expected });
  });

  it.each([
    ['a past day', { date: '2026-11-20' }, 'PAST'],
    ['earlier today', { date: '2026-11-22', time: '09:00' }, 'PAST'],
    ['this morning', { date: '2026-11-22', time: 'MO' }, 'PAST'],
    ['next week (too vague)', { date: '2026-W48' }, 'UNCLEAR'],
    ['a garbled time', { time: '25:00' }, 'UNCLEAR'],
    ['next month', { date: '2026-12-20' }, 'TOO_FAR'],
  ])('%s is refused', (_, spoken, problem) => {
    expect(readWish(spoken, TEST_NOW, LA)).toEqual({ ok: false, problem });
  });

  it('reads "tomorrow at 10" across the spring-forward night as 10 AM daylight time', () => {
    const saturdayNoon = new Date('2026-03-07T20:00:00Z');
    expect(readWish({ date: '2026-03-08', time: '10:00' }, saturdayNoon, LA)).toEqual({ ok: true, wish: { kind: 'AT', at: new Date('2026-03-08T17:00:00Z') } });
    expect(readWish({ time: 'MO' }, saturdayNoon, LA)).toEqual({
      ok: true,
      wish: { kind: 'WINDOW', from: new Date('2026-03-08T15:00:00Z'), to: new Date('2026-03-08T19:00:00Z') },
    });
  });

  it('reads the same words in the customer’s own zone: tomorrow at 10 in Tokyo', () => {
    expect(readWish({ date: '2026-11-24', time: '10:00' }, TEST_NOW, 'Asia/Tokyo')).toEqual({ ok: true, wish: { kind: 'AT', at: new Date('2026-11-24T01:00:00Z') } });
  });
});

describe('team settings are validated data', () => {
  const valid = { timeZone: LA, hours: { MON: { open: '08:00', close: '17:00' } }, callbackCapacityPerSlot: 2, averageHandlingMinutes: 10, agentsOnShift: 2 };
  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }],
    ['closing before opening', { hours: { MON: { open: '17:00', close: '08:00' } } }],
    ['a time off the half hour', { hours: { MON: { open: '08:15', close: '17:00' } } }],
    ['no callback capacity', { callbackCapacityPerSlot: 0 }],
    ['no agents', { agentsOnShift: 0 }],
  ])('rejects %s', (_, change) => {
    expect(TeamSettingsSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
  it('accepts a valid team', () => {
    expect(TeamSettingsSchema.safeParse(valid).success).toBe(true);
  });
  it('keeps every rule in the teams as written (the build runs the same check), and refuses a directory missing a team', () => {
    expect(() => checkTeams(teamDirectory())).not.toThrow();
    const { KINDLE: _left, ...withoutKindle } = teamDirectory();
    expect(() => checkTeams(withoutKindle)).toThrow(/KINDLE/);
  });
});
