import type { Context } from 'aws-lambda';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { depsFromEnvironment } from './config';
import { answer, buildSkill } from './skill';

// Built once per cold start and reused by every warm invocation.
const deps = depsFromEnvironment(process.env);
const skill = buildSkill(deps);

/** The Lambda entry: async, as Lambda's current Node runtimes require; metrics are sent once per invocation. */
export const handler = async (event: unknown, context?: Context): Promise<ResponseEnvelope> => {
  try {
    return await answer(skill, deps, event, context);
  } finally {
    deps.metrics.flush();
  }
};
