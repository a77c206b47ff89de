import type { Handoff } from '../../lambda/domain/handoff';
import { route, type RoutingFacts } from '../../lambda/domain/routing/router';
import { recommendChannel, teamFor } from '../../lambda/domain/support/channel';

const handoff = (reason: Handoff['reason'], team: Handoff['team'] = 'FIRE_TV'): Handoff => ({ team, reason, stepsTried: [] });

describe('the router', () => {
  it.each<[string, Partial<RoutingFacts> & { reason: Handoff['reason'] }, string, string]>([
    ['a simple question while the team is open and the wait short', { reason: 'CUSTOMER_ASKED', chatWaitMinutes: 5 }, 'CHAT', 'NORMAL'],
    ['a simple question with the wait unknown', { reason: 'CUSTOMER_ASKED' }, 'CHAT', 'NORMAL'],
    ['a simple question while the team is closed', { reason: 'CUSTOMER_ASKED', teamOpenNow: false }, 'CALLBACK', 'NORMAL'],
    ['a simple question with a long chat wait', { reason: 'CUSTOMER_ASKED', chatWaitMinutes: 30 }, 'CALLBACK', 'NORMAL'],
    ['a diagnosis that did not fix it (long session)', { reason: 'DIAGNOSIS_UNRESOLVED', chatWaitMinutes: 0 }, 'CALLBACK', 'NORMAL'],
    ['a late order (urgent)', { reason: 'ORDER_LATE', chatWaitMinutes: 0 }, 'CALLBACK', 'HIGH'],
    ['a package not received (urgent)', { reason: 'ORDER_NOT_RECEIVED' }, 'CALLBACK', 'HIGH'],
    ['an urgent matter when the customer prefers chat', { reason: 'ORDER_NOT_RECEIVED', preference: 'CHAT' }, 'CHAT', 'HIGH'],
    ['a long session when the customer prefers chat', { reason: 'DIAGNOSIS_UNRESOLVED', preference: 'CHAT' }, 'CHAT', 'NORMAL'],
    ['a simple question when the customer prefers a callback', { reason: 'CUSTOMER_ASKED', preference: 'CALLBACK' }, 'CALLBACK', 'NORMAL'],
    ['a customer who already has an open request', { reason: 'CUSTOMER_ASKED', repeatContact: true }, 'CHAT', 'HIGH'],
    ['a silent third-party seller', { reason: 'SELLER_UNRESPONSIVE', chatWaitMinutes: 2 }, 'CHAT', 'NORMAL'],
    ['a charge that may be fraud (urgent)', { reason: 'POSSIBLE_FRAUD', chatWaitMinutes: 0 }, 'CALLBACK', 'HIGH'],
    ['a damaged item past what the desk can do', { reason: 'ORDER_PROBLEM', chatWaitMinutes: 5 }, 'CHAT', 'NORMAL'],
  ])('%s → %s, %s priority', (_, facts, channel, priority) => {
    const { reason, ...rest } = facts;
    const result = route({ handoff: handoff(reason), teamOpenNow: true, repeatContact: false, ...rest });
    expect(result).toEqual({ channel, priority });
  });

  it.each([
    ['ECHO', 'ECHO'],
    ['FIRE_TV', 'FIRE_TV'],
    ['KINDLE', 'KINDLE'],
    [undefined, 'ORDERS'],
  ] as const)('sends a %s problem to the %s team', (family, team) => {
    expect(teamFor(family)).toBe(team);
  });

  it('keeps the channel rules of the support entry: preference first, then long or urgent, then chat', () => {
    expect(recommendChannel({})).toBe('CHAT');
    expect(recommendChannel({ chatAvailable: false })).toBe('CALLBACK');
    expect(recommendChannel({ urgent: true, preference: 'CHAT' })).toBe('CHAT');
  });
});
