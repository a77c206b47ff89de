import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { alexaEndpoint } from '../../lambda/http/alexa-endpoint';
import { alexaRequestVerifier } from '../../lambda/http/request-verifier';
import { testSkill, type TestSkill } from '../support/harness';
import { envelope, launchRequest } from '../support/requests';
import { CERT_URL, createTestPki } from '../support/test-ca';

const pki = createTestPki();

/** The endpoint as Alexa reaches it, over real HTTP; with verification on it trusts only the test CA. */
async function listen(verifyRequests: boolean, test: TestSkill): Promise<{ server: Server; url: string }> {
  const verifier = alexaRequestVerifier({ trustedRoots: pki.trustedRoots, fetch: async () => pki.chains.valid });
  const app = alexaEndpoint(test.skill, test.deps, { verifyRequests, verifier });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const launchBody = (timestamp = new Date()) => JSON.stringify(envelope({ ...launchRequest(), timestamp: timestamp.toISOString() }));

describe('the HTTP endpoint', () => {
  let open: { server: Server; url: string }[] = [];
  let test: TestSkill;
  let invocations: number;
  beforeEach(() => {
    test = testSkill();
    invocations = 0;
    const invoke = test.skill.invoke.bind(test.skill);
    test.skill.invoke = (...args) => ((invocations += 1), invoke(...args));
  });
  afterEach(async () => {
    await Promise.all(open.map(({ server }) => new Promise((r) => server.close(r))));
    open = [];
  });
  const start = async (verify: boolean) => {
    const s = await listen(verify, test);
    open.push(s);
    return s.url;
  };
  const post = async (verify: boolean, body: string, headers: Record<string, string> = {}) =>
    fetch(await start(verify), { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

  const signedBy = (body: string, url = CERT_URL) => ({ SignatureCertChainUrl: url, 'Signature-256': pki.sign(body) });
  const signedLaunch = (url: string) => {
    const body = launchBody();
    return { body, headers: signedBy(body, url) };
  };

  it('answers health checks', async () => {
    const res = await fetch(`${await start(true)}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers a request Alexa signed', async () => {
    const body = launchBody();
    const res = await post(true, body, signedBy(body));
    expect(res.status).toBe(200);
    const reply = (await res.json()) as { response: { outputSpeech: { ssml: string } } };
    expect(reply.response.outputSpeech.ssml).toContain('Device Help Desk');
    expect(invocations).toBe(1);
  });

  it.each([
    ['no signature headers', () => ({ body: launchBody(), headers: {} })],
    ['an http certificate URL', () => signedLaunch(CERT_URL.replace('https:', 'http:'))],
    ['a certificate URL on another host', () => signedLaunch(CERT_URL.replace('s3.amazonaws.com', 'example.com'))],
    ['a certificate URL on another path', () => signedLaunch(CERT_URL.replace('echo.api', 'other'))],
    ['a certificate URL on another port', () => signedLaunch(CERT_URL.replace('.com/', '.com:8443/'))],
    ['a signature over another body', () => ({ body: launchBody(), headers: signedBy(launchBody(new Date(Date.now() - 1000))) })],
    ['a timestamp five minutes old', () => {
      const body = launchBody(new Date(Date.now() - 300_000));
      return { body, headers: signedBy(body) };
    }],
  ])('refuses a request with %s with 400, and the skill never sees it', async (_, make) => {
    const { body, headers } = make();
    const res = await post(true, body, headers);
    expect(res.status).toBe(400);
    expect(invocations).toBe(0);
    expect(test.log.entries).toContainEqual(expect.objectContaining({ level: 'warn', message: 'request refused' }));
  });

  it('answers a launch when verification is switched off for local use', async () => {
    const res = await post(false, launchBody());
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response: { outputSpeech: { ssml: string } } };
    expect(body.response.outputSpeech.ssml).toContain('Device Help Desk');
  });

  it('answers a body that is not JSON with 400, and a malformed envelope with a spoken apology', async () => {
    expect((await post(false, 'hello')).status).toBe(400);
    const res = await post(false, JSON.stringify({ version: '1.0' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response: { outputSpeech: { ssml: string }; shouldEndSession: boolean } };
    expect(body.response.outputSpeech.ssml).toMatch(/sorry|problem/i);
  });
});
