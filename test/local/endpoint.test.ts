import { connect, type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { alexaEndpoint } from '../../lambda/http/alexa-endpoint';
import { listen as listenWithTimeouts, type ServerTimeouts } from '../../lambda/http/http-server';
import { alexaRequestVerifier } from '../../lambda/http/request-verifier';
import { testSkill, type TestSkill } from '../support/harness';
import { envelope, launchRequest } from '../support/requests';
import { CERT_URL, createTestPki } from '../support/test-ca';

const pki = createTestPki();

/** The endpoint as Alexa reaches it, over real HTTP; with verification on it trusts only the test CA. */
async function listen(verifyRequests: boolean, test: TestSkill, timeouts?: ServerTimeouts): Promise<{ server: Server; url: string }> {
  const verifier = alexaRequestVerifier({ trustedRoots: pki.trustedRoots, fetch: async () => pki.chains.valid });
  const app = alexaEndpoint(test.skill, test.deps, { verifyRequests, verifier });
  const server = await listenWithTimeouts(app, 0, '127.0.0.1', timeouts);
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A raw connection that sends `head` and then nothing: what it received, once the server closed it (or at the deadline). */
function sendOnly(url: string, head: string, deadlineMs: number): Promise<{ closed: boolean; received: string }> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    let received = '';
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(head));
    const deadline = setTimeout(() => (socket.destroy(), resolve({ closed: false, received })), deadlineMs);
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => (clearTimeout(deadline), resolve({ closed: true, received })));
  });
}

/** A problem document as the endpoint answers every error: its status, and nothing from inside the process. */
async function expectProblem(res: Response, status: number): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const text = await res.text();
  expect(JSON.parse(text)).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  expect(text).not.toMatch(/<html|\bat \w|\/work\/|node_modules|Error:/i);
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

  describe('with its time limits', () => {
    const short: ServerTimeouts = { headersMs: 300, requestMs: 600, keepAliveMs: 300 };
    const startShort = async () => {
      const s = await listen(false, test, short);
      open.push(s);
      return s.url;
    };

    it('closes a connection whose body never arrives', async () => {
      const url = await startShort();
      const { closed } = await sendOnly(url, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{', 4_000);
      expect(closed).toBe(true);
      expect(invocations).toBe(0);
    });

    it('closes twenty connections that are slow to send their headers, or send nothing', async () => {
      const url = await startShort();
      const slow = Array.from({ length: 20 }, (_, i) => sendOnly(url, i % 2 ? 'POST / HTTP/1.1\r\nHo' : '', 4_000));
      expect((await Promise.all(slow)).every((c) => c.closed)).toBe(true);
    });

    it('refuses an oversized Content-Length with a 413 problem before reading the body', async () => {
      const url = await startShort();
      const { received } = await sendOnly(url, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n', 4_000);
      expect(received).toMatch(/^HTTP\/1\.1 413 /);
      expect(received).toContain('application/problem+json');
    });
  });

  describe('answers every error with a problem document', () => {
    it.each([
      ['a body that is not gzip, sent as gzip', { 'content-encoding': 'gzip' }, 'hello', 400],
      ['a body in an encoding it does not know', { 'content-encoding': 'snappy' }, 'hello', 415],
      ['a gzip body larger than 256 KB once inflated', { 'content-encoding': 'gzip' }, gzipSync('x'.repeat(300 * 1024)), 413],
      ['a body larger than 256 KB', {}, 'x'.repeat(300 * 1024), 413],
      ['a body that is not JSON', {}, 'hello', 400],
    ])('%s', async (_, headers, body, status) => {
      const res = await fetch(await start(false), { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
      await expectProblem(res, status);
      expect(invocations).toBe(0);
    });

    it('a request that fails verification', async () => {
      await expectProblem(await post(true, launchBody()), 400);
    });
  });

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
