import type { AddressInfo } from 'node:net';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { startAlexaApiStub } from './alexa-api-stub';
import { TURNS, withAlexaApi } from './turns';

/**
 * The measuring side of `npm run bench`, one fresh process per measurement so no run warms another:
 *   warm <bundle> <turns>    per-turn latency percentiles over that many timed turns
 *   memory <bundle> <turns>  heap growth over many turns (needs --expose-gc)
 *   serve skill|baseline     the HTTP endpoint, for autocannon
 * Results go back to the parent over IPC; the skill's own logs go to stdout, which the parent discards.
 */
type Handler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

const send = (message: unknown) => process.send?.(message);
/** Lambda returns to the event loop between invocations; a tight await loop never would, and pending I/O callbacks would pile up. */
const nextInvocation = () => new Promise<void>((resolve) => setImmediate(resolve));
const load = (bundle: string) => (require(bundle) as { handler: Handler }).handler;

/** Every bench turn, with Alexa's service APIs answered by a local stub. */
async function benchRequests(): Promise<RequestEnvelope[]> {
  const apiEndpoint = await startAlexaApiStub();
  return TURNS.map((turn) => withAlexaApi(turn.request(), apiEndpoint));
}

async function warm(bundle: string, timed: number): Promise<void> {
  const handler = load(bundle);
  const requests = await benchRequests();
  const results: Record<string, { p50: number; p99: number }> = {};
  for (const [i, turn] of TURNS.entries()) {
    for (let n = 0; n < 2_000; n += 1) {
      await handler(requests[i]);
      await nextInvocation();
    }
    const samples = new Float64Array(timed);
    for (let n = 0; n < samples.length; n += 1) {
      const start = process.hrtime.bigint();
      await handler(requests[i]);
      samples[n] = Number(process.hrtime.bigint() - start) / 1e6;
      await nextInvocation();
    }
    samples.sort();
    results[turn.name] = { p50: samples[Math.floor(samples.length * 0.5)], p99: samples[Math.floor(samples.length * 0.99)] };
  }
  send(results);
}

async function memory(bundle: string, turns: number): Promise<void> {
  const handler = load(bundle);
  const requests = await benchRequests();
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const settle = () => {
    for (let i = 0; i < 3; i += 1) gc();
    return process.memoryUsage().heapUsed;
  };
  const run = async (count: number) => {
    for (let n = 0; n < count; n += 1) {
      await handler(requests[n % requests.length]);
      await nextInvocation();
    }
  };
  await run(2_000);
  const before = settle();
  await run(turns);
  send({ growthBytes: settle() - before });
}

function serve(which: string): Promise<void> {
  let app: import('express').Express;
  if (which === 'skill') {
    // Loaded here, not at the top, so the warm and memory runs carry none of the source modules.
    const { depsFromEnvironment } = require('../lambda/config') as typeof import('../lambda/config');
    const { buildSkill } = require('../lambda/skill') as typeof import('../lambda/skill');
    const { alexaEndpoint } = require('../lambda/http/alexa-endpoint') as typeof import('../lambda/http/alexa-endpoint');
    const deps = depsFromEnvironment(process.env);
    app = alexaEndpoint(buildSkill(deps), deps, { verifyRequests: false });
  } else {
    const express = require('express') as typeof import('express');
    const { ExpressAdapter } = require('ask-sdk-express-adapter') as typeof import('ask-sdk-express-adapter');
    const { skill } = require('./baseline/hello-world') as typeof import('./baseline/hello-world');
    app = express();
    app.post('/', new ExpressAdapter(skill, false, false).getRequestHandlers());
  }
  const server = app.listen(0, '127.0.0.1', () => send({ port: (server.address() as AddressInfo).port }));
  return Promise.resolve();
}

const [mode, arg, count] = process.argv.slice(2);
const run = mode === 'warm' ? warm(arg, Number(count)) : mode === 'memory' ? memory(arg, Number(count)) : serve(arg);
run.catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
