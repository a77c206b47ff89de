import { powertoolsLog, withFields } from '../../lambda/observability/log';
import { answer } from '../../lambda/skill';
import { testSkill } from '../support/harness';
import { envelope, intentRequest, sessionEndedRequest } from '../support/requests';

const HUGE = 'x'.repeat(100_000);
/** A log entry, however it is printed, stays this short whatever a request carried. */
const MAX_ENTRY_CHARS = 2_000;

describe('logged values are bounded', () => {
  it('cuts every string, list and object a production log line carries', () => {
    const printed: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' '))),
    );
    try {
      const log = withFields(powertoolsLog(), { requestId: HUGE });
      log.warn('request refused', { detail: HUGE, list: Array.from({ length: 5_000 }, () => HUGE), nested: { a: { b: { c: { d: HUGE } } } } });
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    expect(printed.join('\n')).toContain('request refused');
    expect(printed.join('\n').length).toBeLessThan(MAX_ENTRY_CHARS * 4);
    expect(printed.join('\n')).toContain('…(100000 characters)');
  });

  it('keeps a request\'s own values (intent name, session-end reason and error) short in every entry', async () => {
    const test = testSkill();
    await answer(test.skill, test.deps, envelope(intentRequest(HUGE)));
    const ended = sessionEndedRequest('ERROR') as unknown as Record<string, unknown>;
    await answer(test.skill, test.deps, envelope({ ...ended, reason: HUGE, error: { type: HUGE, message: HUGE } } as never));
    expect(test.log.entries.length).toBeGreaterThan(0);
    for (const entry of test.log.entries) expect(JSON.stringify(entry).length).toBeLessThan(MAX_ENTRY_CHARS);
  });

});
