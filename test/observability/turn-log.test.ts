import { recordingMetrics } from '../../lambda/observability/metrics';
import { countOutcome, outcomeLabel } from '../../lambda/observability/outcome';
import { answer } from '../../lambda/skill';
import { Conversation, testSkill } from '../support/harness';
import { envelope, launchRequest, sessionEndedRequest } from '../support/requests';

const ALEX = { deviceId: 'amzn1.ask.device.DEMO_FIRE_TV', accessToken: 'demo-token-alex', grantedScopes: ['alexa::profile:mobile_number:read'] };

describe('what each request leaves in the logs and metrics', () => {
  it('logs one line per turn with the request id, type, intent and outcome', async () => {
    const c = new Conversation(ALEX);
    await c.launch();
    await c.intent('AMAZON.HelpIntent');
    const turns = c.test.log.entries.filter((e) => e.message === 'turn');
    expect(turns.map((e) => e.fields)).toEqual([
      expect.objectContaining({ requestId: expect.stringMatching(/^amzn1\.echo-api\.request\./), requestType: 'LaunchRequest', outcome: 'ASKED' }),
      expect.objectContaining({ requestType: 'IntentRequest', intent: 'AMAZON.HelpIntent', outcome: 'ASKED' }),
    ]);
    expect(turns[0].fields?.requestId).not.toEqual(turns[1].fields?.requestId);
  });

  it('names the request on every entry, whoever writes it', async () => {
    const c = new Conversation(ALEX);
    await c.launch();
    await c.send(sessionEndedRequest('USER_INITIATED', ALEX));
    const ended = c.test.log.entries.find((e) => e.message === 'session ended');
    expect(ended?.fields).toMatchObject({ requestId: expect.any(String), requestType: 'SessionEndedRequest', reason: 'USER_INITIATED' });
  });

  it('counts every request and each hand-off by team, and logs the hand-off as the outcome', async () => {
    const c = new Conversation(ALEX);
    await c.launch();
    await c.intent('TalkToAgentIntent');
    await c.intent('SupportIntent', { device: { spoken: 'fire stick', id: 'FIRE_TV' } });
    expect(c.test.metrics.counted).toEqual([{ name: 'Request' }, { name: 'Request' }, { name: 'Request' }, { name: 'Handoff', dimensions: { team: 'FIRE_TV' } }]);
    expect(c.test.log.entries.at(-1)?.fields).toMatchObject({ intent: 'SupportIntent', outcome: 'HANDOFF', team: 'FIRE_TV' });
  });

  it('counts a fixed problem by device family, and logs the fix as the outcome', async () => {
    const c = new Conversation(ALEX);
    await c.intent('SupportIntent', { device: { spoken: 'fire stick', id: 'FIRE_TV' } });
    await c.intent('DescribeProblemIntent', { symptom: { spoken: 'the remote', id: 'REMOTE' } });
    const closed = await c.intent('ItWorkedIntent');
    expect(closed.endsSession).toBe(true);
    expect(c.test.metrics.counted.at(-1)).toEqual({ name: 'Fix', dimensions: { family: 'FIRE_TV' } });
    expect(c.test.log.entries.at(-1)?.fields).toMatchObject({ intent: 'ItWorkedIntent', outcome: 'FIXED' });
  });

  it('counts a failed request as an error and logs it with the request id', async () => {
    let calls = 0;
    const test = testSkill({
      random: () => {
        calls += 1;
        if (calls === 1) throw new Error('variant picker broke');
        return 0;
      },
    });
    const reply = await answer(test.skill, test.deps, envelope(launchRequest()));
    expect(reply.response.shouldEndSession).toBe(false);
    expect(test.metrics.counted).toContainEqual({ name: 'Error' });
    expect(test.log.entries).toContainEqual(expect.objectContaining({ level: 'error', message: 'request failed', fields: expect.objectContaining({ requestId: expect.any(String), outcome: 'ERROR' }) }));
  });

  it('counts a malformed envelope as an error', async () => {
    const test = testSkill();
    await answer(test.skill, test.deps, { version: '1.0' });
    expect(test.metrics.counted).toEqual([{ name: 'Request' }, { name: 'Error' }]);
  });
});

describe('outcomes', () => {
  it.each([
    [{ kind: 'HANDOFF', team: 'ORDERS' } as const, { shouldEndSession: false, outputSpeech: { type: 'SSML', ssml: '' } }, 'HANDOFF', { name: 'Handoff', dimensions: { team: 'ORDERS' } }],
    [{ kind: 'FIXED', family: 'KINDLE' } as const, { shouldEndSession: true, outputSpeech: { type: 'SSML', ssml: '' } }, 'FIXED', { name: 'Fix', dimensions: { family: 'KINDLE' } }],
    [undefined, { shouldEndSession: false, outputSpeech: { type: 'SSML', ssml: '' } }, 'ASKED', undefined],
    [undefined, { shouldEndSession: true, outputSpeech: { type: 'SSML', ssml: '' } }, 'CLOSED', undefined],
    [undefined, {}, 'SILENT', undefined],
  ] as const)('%j with %j is logged as %s and counted as %j', (outcome, response, label, metric) => {
    expect(outcomeLabel(outcome, response as never)).toBe(label);
    const metrics = recordingMetrics();
    countOutcome(metrics, outcome);
    expect(metrics.counted).toEqual(metric ? [metric] : []);
  });
});
