import { recommendChannel, teamFor } from '../../lambda/domain/support/channel';
import { triage, type TriageFacts } from '../../lambda/domain/support/triage';

describe('triage', () => {
  it.each<[string, TriageFacts, ReturnType<typeof triage>]>([
    ['nothing known yet: ask what it is about', {}, { next: 'ASK_TOPIC' }],
    ['a device, but not which', { topic: 'DEVICE' }, { next: 'ASK_DEVICE' }],
    ['a named Fire TV goes to Fire TV diagnosis', { deviceKind: 'FIRE_TV' }, { next: 'DEVICE_HELP', family: 'FIRE_TV', deviceKind: 'FIRE_TV' }],
    ['an Echo Show belongs to the Echo family', { topic: 'DEVICE', deviceKind: 'ECHO_SHOW' }, { next: 'DEVICE_HELP', family: 'ECHO', deviceKind: 'ECHO_SHOW' }],
    ['an order', { topic: 'ORDER' }, { next: 'ORDER_HELP' }],
    ['an order wins over a device named earlier', { topic: 'ORDER', deviceKind: 'KINDLE' }, { next: 'ORDER_HELP' }],
    ['payments are pointed elsewhere', { topic: 'PAYMENT' }, { next: 'POINT_ELSEWHERE', topic: 'PAYMENT' }],
    ['a payment method question is pointed elsewhere', { topic: 'PAYMENT', topicWords: 'payment method' }, { next: 'POINT_ELSEWHERE', topic: 'PAYMENT' }],
    ['a charge the customer does not recognise is checked here', { topic: 'PAYMENT', topicWords: "charge i don't recognise" }, { next: 'ORDER_PROBLEM_HELP', problem: 'UNKNOWN_CHARGE' }],
    ['a refund to the card is a refund status', { topic: 'PAYMENT', topicWords: 'refund to my card' }, { next: 'ORDER_PROBLEM_HELP', problem: 'REFUND_STATUS' }],
    ['account questions are pointed elsewhere', { topic: 'ACCOUNT' }, { next: 'POINT_ELSEWHERE', topic: 'ACCOUNT' }],
    ['Prime is pointed elsewhere', { topic: 'PRIME' }, { next: 'POINT_ELSEWHERE', topic: 'PRIME' }],
    ['returns are started here', { topic: 'RETURN' }, { next: 'ORDER_PROBLEM_HELP', problem: 'RETURN' }],
    ['"my refund" is its status', { topic: 'RETURN', topicWords: 'refund' }, { next: 'ORDER_PROBLEM_HELP', problem: 'REFUND_STATUS' }],
    ['"get a refund" is a return', { topic: 'RETURN', topicWords: 'get a refund' }, { next: 'ORDER_PROBLEM_HELP', problem: 'RETURN' }],
    ['a customer who asked for a person about a return is not sent to self-help', { topic: 'RETURN', wantsPerson: true }, { next: 'POINT_ELSEWHERE', topic: 'RETURN' }],
    ['a toaster is not supported', { unsupportedDevice: 'toaster' }, { next: 'UNSUPPORTED_DEVICE', spoken: 'toaster' }],
    ['a customer who asked for a person goes to the device team, not self-help', { deviceKind: 'FIRE_TV', wantsPerson: true }, { next: 'TO_TEAM' }],
    ['a customer who asked for a person about an order goes to the orders team', { topic: 'ORDER', wantsPerson: true }, { next: 'TO_TEAM' }],
    ['asking for a person does not skip the question of which device', { topic: 'DEVICE', wantsPerson: true }, { next: 'ASK_DEVICE' }],
    ['a device not supported, said now, is answered even with a supported one named earlier', { unsupportedDevice: 'toaster', deviceKind: 'KINDLE' }, { next: 'UNSUPPORTED_DEVICE', spoken: 'toaster' }],
    ['so is one said to "which team?"', { unsupportedDevice: 'toaster', deviceKind: 'KINDLE', wantsPerson: true }, { next: 'UNSUPPORTED_DEVICE', spoken: 'toaster' }],
  ])('%s', (_, facts, expected) => {
    expect(triage(facts)).toEqual(expected);
  });
});

describe('channel and team (the seed decision model)', () => {
  it.each<[string, Parameters<typeof recommendChannel>[0], string]>([
    ['a simple question: chat is quickest', {}, 'CHAT'],
    ['urgent: call me now', { urgent: true }, 'CALLBACK'],
    ['a long hands-on session: callback', { longSession: true }, 'CALLBACK'],
    ['the customer prefers chat even when urgent', { urgent: true, preference: 'CHAT' }, 'CHAT'],
    ['the customer prefers a callback for a simple question', { preference: 'CALLBACK' }, 'CALLBACK'],
  ])('%s', (_, needs, channel) => {
    expect(recommendChannel(needs)).toBe(channel);
  });

  it('routes device problems to the device team and the rest to orders', () => {
    expect(teamFor('KINDLE')).toBe('KINDLE');
    expect(teamFor('FIRE_TV')).toBe('FIRE_TV');
    expect(teamFor(undefined)).toBe('ORDERS');
  });
});
