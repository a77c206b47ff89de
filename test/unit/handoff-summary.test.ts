import type { Handoff } from '../../lambda/domain/handoff';
import { handoffHeadline, handoffSummary } from '../../lambda/domain/handoff-summary';

const echoDot = { family: 'ECHO', model: 'Echo Dot (5th Gen)', name: 'Kitchen Echo Dot', status: 'online; weak Wi-Fi signal' } as const;
const offline = { symptomId: 'OFFLINE', description: 'offline', said: 'keeps dropping off the wifi' };
const cover = { orderId: '114-0000001-0000001', item: 'Kindle Paperwhite cover', status: 'SHIPPED' } as const;

/** Each handoff as the team reads it: the headline a list shows, and the summary spoken to an agent or shown in full. */
const cases: [string, Handoff, string, string][] = [
  [
    'a diagnosis that did not fix it',
    {
      team: 'ECHO',
      reason: 'DIAGNOSIS_UNRESOLVED',
      device: echoDot,
      problem: offline,
      stepsTried: [
        { stepId: 'closer', instruction: 'Move your Echo closer to your Wi-Fi router.', answer: 'did not help' },
        { stepId: 'others', instruction: 'Are your other devices working on the same Wi-Fi?', answer: 'no' },
      ],
      asked: { channel: 'CALLBACK', when: 'Tuesday, November 24, in the afternoon' },
    },
    'Kitchen Echo Dot: offline',
    'Kitchen Echo Dot, an Echo Dot (5th Gen): offline. None of the steps fixed it. In the customer\'s words: "keeps dropping off the wifi". Device status: online; weak Wi-Fi signal. ' +
      'Tried: 1. Move your Echo closer to your Wi-Fi router. Answer: did not help. 2. Are your other devices working on the same Wi-Fi? Answer: no. They asked for a callback, Tuesday, November 24, in the afternoon.',
  ],
  [
    'a person asked for about a device the account does not list',
    { team: 'ECHO', reason: 'CUSTOMER_ASKED', device: { family: 'ECHO' }, problem: { symptomId: 'OFFLINE', description: 'offline' }, stepsTried: [], asked: { channel: 'CHAT' } },
    'An Echo: offline',
    'An Echo, not identified on the account: offline. The customer asked for a person. Device status: not available. No steps tried yet. They asked for a chat.',
  ],
  [
    'a person asked for mid-way through the steps, no problem named',
    { team: 'FIRE_TV', reason: 'CUSTOMER_ASKED', device: { family: 'FIRE_TV', name: 'Living Room Fire TV' }, stepsTried: [{ stepId: 'restart', instruction: 'Restart the Fire TV', answer: 'did not help' }] },
    'Living Room Fire TV',
    'Living Room Fire TV: no problem named yet. The customer asked for a person before the steps were finished. Device status: not available. Tried: 1. Restart the Fire TV. Answer: did not help.',
  ],
  [
    'a person asked for about an order named in the session',
    { team: 'ORDERS', reason: 'CUSTOMER_ASKED', order: cover, stepsTried: [] },
    'Order 114-0000001-0000001: Kindle Paperwhite cover',
    'Order 114-0000001-0000001, Kindle Paperwhite cover: shipped. The customer asked for a person.',
  ],
  [
    'a third-party seller gone quiet',
    {
      team: 'ORDERS',
      reason: 'SELLER_UNRESPONSIVE',
      order: { orderId: '114-0000005-0000005', item: 'USB-C charging cable', status: 'DELAYED', seller: 'CableCo', due: '2026-11-20', tracking: 'in transit' },
      stepsTried: [],
      finding: 'the delivery is late',
    },
    'Order 114-0000005-0000005: USB-C charging cable',
    'Order 114-0000005-0000005, USB-C charging cable: delayed; sold by CableCo; due 2026-11-20; latest tracking: in transit. The third-party seller has not answered the customer within two business days. The delivery is late.',
  ],
  [
    'an order that never came, on an account with no orders',
    { team: 'ORDERS', reason: 'ORDER_NOT_RECEIVED', asked: { words: 'echo show' }, stepsTried: [], finding: 'the account has no orders' },
    'The customer says an order never arrived',
    'The customer says an order never arrived. In the customer\'s words: "echo show". The account has no orders.',
  ],
  [
    'a charge nobody recognises',
    { team: 'ORDERS', reason: 'POSSIBLE_FRAUD', stepsTried: [{ stepId: 'unknownCharge', instruction: 'Asked about a charge they do not recognise', answer: 'matched no order or subscription' }] },
    'Possible fraud: a charge the customer does not recognise',
    'Possible fraud: a charge the customer does not recognise. Tried: 1. Asked about a charge they do not recognise. Answer: matched no order or subscription.',
  ],
];

describe('the summary the team reads', () => {
  it.each(cases)('%s', (_, handoff, headline, summary) => {
    expect(handoffHeadline(handoff)).toBe(headline);
    expect(handoffSummary(handoff)).toBe(summary);
  });

  it.each(cases)('reads as prose, with no ids of the desk\'s own (%s)', (_, handoff) => {
    const summary = handoffSummary(handoff);
    expect(summary).not.toMatch(/\b(ECHO|FIRE_TV|KINDLE|ORDERS|CUSTOMER_ASKED|OFFLINE|SHIPPED|DELAYED|CALLBACK|CHAT)\b/);
    expect(summary).not.toMatch(/\ba [aeiou]/i);
    expect(summary).not.toMatch(/\n|\.\.|undefined/);
  });
});
