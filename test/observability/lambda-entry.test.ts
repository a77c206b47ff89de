import type { handler as Handler } from '../../lambda/index';
import { envelope, intentRequest, launchRequest } from '../support/requests';

// The test environment runs Powertools in dev mode, which silences metrics; the Lambda entry must emit them.
process.env.POWERTOOLS_METRICS_DISABLED = 'false';
const { handler } = require('../../lambda/index') as { handler: typeof Handler };

/** What the Lambda entry prints, parsed: Powertools writes JSON logs and embedded-metric-format lines. */
function printed(spies: jest.SpyInstance[]): Record<string, unknown>[] {
  return spies.flatMap((spy) => spy.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>));
}

describe('the Lambda entry', () => {
  let spies: jest.SpyInstance[];
  beforeEach(() => {
    spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => jest.spyOn(console, m).mockImplementation(() => undefined));
  });
  afterEach(() => spies.forEach((s) => s.mockRestore()));

  it('sends the invocation\'s metrics in embedded metric format before it returns', async () => {
    const reply = await handler(envelope(launchRequest()));
    expect(reply.response.shouldEndSession).toBe(false);
    const lines = printed(spies);
    const emf = lines.filter((line) => '_aws' in line);
    expect(emf).toHaveLength(1);
    expect(emf[0]).toMatchObject({
      _aws: { CloudWatchMetrics: [{ Namespace: 'DeviceHelpDesk', Metrics: [{ Name: 'Request', Unit: 'Count' }] }] },
      Request: 1,
      service: 'device-help-desk',
    });
    expect(lines).toContainEqual(expect.objectContaining({ level: 'INFO', message: 'turn', requestType: 'LaunchRequest', outcome: 'ASKED' }));
  });

  it('sends a hand-off as its own metric with the team as its dimension', async () => {
    // The customer asked for a person and was asked which team: naming the Kindle hands them over.
    await handler(envelope(intentRequest('SupportIntent', { device: { spoken: 'kindle', id: 'KINDLE' } }), { attributes: { pending: { id: 'support.agentTopic' } } }));
    const emf = printed(spies).filter((line) => '_aws' in line);
    expect(emf).toContainEqual(expect.objectContaining({ Handoff: 1, team: 'KINDLE' }));
    expect(emf).toContainEqual(expect.objectContaining({ Request: 1 }));
  });
});
