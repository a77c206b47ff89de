import { answer } from '../../lambda/skill';
import { testSkill } from '../support/harness';
import { envelope, intentRequest } from '../support/requests';
import { certificationProblems, sizeProblems } from '../support/certification';

const HUGE_NAME = 'kitchen echo '.repeat(8_000);

describe("responses stay within Alexa's limits", () => {
  it('speaks back at most the first hundred characters of a 100,000-character device name', async () => {
    const test = testSkill();
    const request = intentRequest('SupportIntent', { device: { spoken: HUGE_NAME } });
    const reply = await answer(test.skill, test.deps, envelope(request));
    const ssml = (reply.response.outputSpeech as { ssml: string }).ssml;
    expect(ssml).toContain('kitchen echo kitchen echo');
    expect(ssml.length).toBeLessThan(1_000);
    expect(certificationProblems({ request } as never, reply)).toEqual([]);
  });

  it.each([
    ['U+0000', 'kitchen\u0000echo'],
    ['U+0007', 'kitchen\u0007echo'],
    ['U+FFFF', 'kitchen\uFFFFecho'],
    ['a lone surrogate', 'kitchen\uD800echo'],
  ])('never speaks %s, which XML forbids', async (_, spoken) => {
    const test = testSkill();
    const reply = await answer(test.skill, test.deps, envelope(intentRequest('SupportIntent', { device: { spoken } })));
    const ssml = (reply.response.outputSpeech as { ssml: string }).ssml;
    expect(ssml).toMatch(/kitchen ?echo/);
    expect(sizeProblems(reply)).toEqual([]);
  });

  it('answers with the apology and clears the session, when forged attributes would make the response too large', async () => {
    const test = testSkill();
    const attributes = { handoff: { team: 'ECHO', reason: 'CUSTOMER_ASKED', finding: 'x'.repeat(150_000) } };
    const reply = await answer(test.skill, test.deps, envelope(intentRequest('AMAZON.HelpIntent'), { attributes }));
    expect(sizeProblems(reply)).toEqual([]);
    expect(reply.sessionAttributes).toEqual({});
    expect((reply.response.outputSpeech as { ssml: string }).ssml).toMatch(/sorry/i);
    expect(test.log.entries).toContainEqual(expect.objectContaining({ level: 'error', message: "response over Alexa's limits" }));
  });
});
