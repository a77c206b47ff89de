import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { CustomSkill } from 'ask-sdk-core/dist/skill/CustomSkill';
import nock from 'nock';
import { certificationProblems } from './certification';

/**
 * Every response any test produces, through any harness that runs the skill in this process, is checked
 * against the certification rules; a test whose responses break them fails even if it asserted nothing else.
 */
const found: string[] = [];

export function recordResponse(request: RequestEnvelope, response: ResponseEnvelope): void {
  for (const problem of certificationProblems(request, response)) {
    found.push(`${request.request.type}${'intent' in request.request ? ` ${request.request.intent.name}` : ''}: ${problem}`);
  }
}

const original = CustomSkill.prototype.invoke;
CustomSkill.prototype.invoke = async function checkedInvoke(this: CustomSkill, request: RequestEnvelope, context?: unknown) {
  const response = await original.call(this, request, context);
  recordResponse(request, response);
  return response;
};

afterEach(() => {
  const problems = found.splice(0);
  if (problems.length > 0) throw new Error(`certification check failed:\n- ${problems.join('\n- ')}`);
});

// nock patches Node's http module for the whole worker: a test file that blocks the network must not
// leave it blocked for the files that run after it in the same worker (they talk to local servers).
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});
