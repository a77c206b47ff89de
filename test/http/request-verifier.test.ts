import nock from 'nock';
import { httpsCertificateFetcher } from '../../lambda/http/certificate-chain';
import { alexaRequestVerifier, isAlexaCertificateUrl, REQUEST_TOLERANCE_MS, SKILL_EVENT_TOLERANCE_MS } from '../../lambda/http/request-verifier';
import { CERT_URL, createTestPki, type TestPki } from '../support/test-ca';

const pki: TestPki = createTestPki();
const NOW = Date.now();

const body = (overrides: { type?: string; timestamp?: string } = {}) =>
  JSON.stringify({
    version: '1.0',
    context: { System: { application: { applicationId: 'amzn1.ask.skill.test' }, user: { userId: 'amzn1.ask.account.TEST' } } },
    request: { type: overrides.type ?? 'LaunchRequest', requestId: 'amzn1.echo-api.request.1', timestamp: overrides.timestamp ?? new Date(NOW).toISOString() },
  });

/** The verifier with the test CA trusted and chains served from memory; it records each download. */
function verifier(chain = pki.chains.valid) {
  const downloads: string[] = [];
  const v = alexaRequestVerifier({
    trustedRoots: pki.trustedRoots,
    now: () => NOW,
    fetch: async (url) => {
      downloads.push(url);
      return chain;
    },
  });
  return { downloads, verify: (raw: string, headers: Record<string, string>) => v.verify(Buffer.from(raw), headers) };
}

const signed = (raw: string, url = CERT_URL) => ({ signaturecertchainurl: url, 'signature-256': pki.sign(raw) });

describe('the certificate URL rules', () => {
  it.each([
    'https://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem',
    'HTTPS://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem',
  ])('accepts %s', (url) => expect(isAlexaCertificateUrl(url)).toBe(true));

  it.each([
    ['http (not https)', 'http://s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['another host', 'https://notamazon.com/echo.api/echo-api-cert.pem'],
    ['a look-alike host', 'https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem'],
    ['the path in another case', 'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem'],
    ['another path', 'https://s3.amazonaws.com/invalid.path/echo-api-cert.pem'],
    ['a path that climbs out', 'https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem'],
    ['another port', 'https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem'],
    ['credentials', 'https://user@s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['not a URL', 'echo.api/echo-api-cert.pem'],
  ])('refuses %s', (_, url) => expect(isAlexaCertificateUrl(url)).toBe(false));
});

describe('Alexa request verification', () => {
  it('accepts a request signed by the certificate at an Alexa URL', async () => {
    const raw = body();
    await expect(verifier().verify(raw, signed(raw))).resolves.toEqual(JSON.parse(raw));
  });

  it('downloads a certificate chain once and serves later requests from the cache', async () => {
    const v = verifier();
    for (let i = 0; i < 3; i += 1) {
      const raw = body();
      await v.verify(raw, signed(raw));
    }
    expect(v.downloads).toEqual([CERT_URL]);
  });

  it('remembers a failed download for a minute, then downloads again', async () => {
    let calls = 0;
    let now = NOW;
    const v = alexaRequestVerifier({
      trustedRoots: pki.trustedRoots,
      now: () => now,
      fetch: async () => {
        calls += 1;
        if (calls === 1) throw new Error('connection reset');
        return pki.chains.valid;
      },
    });
    const at = () => body({ timestamp: new Date(now).toISOString() });
    for (let i = 0; i < 3; i += 1) await expect(v.verify(Buffer.from(at()), signed(at()))).rejects.toMatchObject({ reason: 'CERT_UNAVAILABLE' });
    expect(calls).toBe(1);
    now += 61_000;
    await expect(v.verify(Buffer.from(at()), signed(at()))).resolves.toEqual(JSON.parse(at()));
    expect(calls).toBe(2);
  });

  it('runs at most four certificate downloads at once, and refuses a request for another URL meanwhile', async () => {
    const waiting: (() => void)[] = [];
    const downloads: string[] = [];
    let held = true;
    const v = alexaRequestVerifier({
      trustedRoots: pki.trustedRoots,
      now: () => NOW,
      fetch: (url) => {
        downloads.push(url);
        return held ? new Promise((resolve) => waiting.push(() => resolve(pki.chains.valid))) : Promise.resolve(pki.chains.valid);
      },
    });
    const raw = body();
    const urlNumber = (i: number) => CERT_URL.replace('.pem', `-${i}.pem`);
    const pending = [1, 2, 3, 4].map((i) => v.verify(Buffer.from(raw), signed(raw, urlNumber(i))));
    await expect(v.verify(Buffer.from(raw), signed(raw, urlNumber(5)))).rejects.toMatchObject({ reason: 'CERT_UNAVAILABLE' });
    expect(downloads).toHaveLength(4);
    held = false;
    waiting.forEach((finish) => finish());
    await Promise.all(pending);
    await expect(v.verify(Buffer.from(raw), signed(raw, urlNumber(5)))).resolves.toEqual(JSON.parse(raw));
    expect(downloads).toHaveLength(5);
  });

  it.each([
    ['no signature headers', {}, 'MISSING_HEADERS'],
    ['a certificate URL but no signature', { signaturecertchainurl: CERT_URL }, 'MISSING_HEADERS'],
    ['a signature but no certificate URL', { 'signature-256': 'c2lnbmF0dXJl' }, 'MISSING_HEADERS'],
  ])('refuses a request with %s', async (_, headers, reason) => {
    await expect(verifier().verify(body(), headers as Record<string, string>)).rejects.toMatchObject({ reason });
  });

  it.each([
    'http://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    'https://notamazon.com/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com/invalid.path/echo-api-cert.pem',
    'https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem',
  ])('refuses a request whose certificate URL is %s, without downloading it', async (url) => {
    const v = verifier();
    const raw = body();
    await expect(v.verify(raw, signed(raw, url))).rejects.toMatchObject({ reason: 'BAD_CERT_URL' });
    expect(v.downloads).toEqual([]);
  });

  it('refuses a body that is not the one signed', async () => {
    const raw = body();
    await expect(verifier().verify(raw.replace('LaunchRequest', 'SessionEndedRequest'), signed(raw))).rejects.toMatchObject({ reason: 'BAD_SIGNATURE' });
  });

  it.each([
    ['doubled', (sig: string) => sig + sig],
    ['in base64url', (sig: string) => sig.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')],
    ['with its padding left off', (sig: string) => sig.replace(/=+$/, '')],
    ['with a line break inside', (sig: string) => `${sig.slice(0, 40)}\n${sig.slice(40)}`],
    ['with a character after it', (sig: string) => `${sig}A`],
  ])('refuses a valid signature %s', async (_, mangle) => {
    // A signature whose base64url form differs, so the re-encoding is really exercised.
    let raw = body();
    for (let i = 0; !/[+/]/.test(pki.sign(raw)) || !pki.sign(raw).endsWith('='); i += 1) raw = body({ timestamp: new Date(NOW - i).toISOString() });
    const headers = { signaturecertchainurl: CERT_URL, 'signature-256': mangle(pki.sign(raw)) };
    await expect(verifier().verify(raw, headers)).rejects.toMatchObject({ reason: 'BAD_SIGNATURE' });
  });

  it('refuses a signature made with another key', async () => {
    const raw = body();
    await expect(verifier().verify(raw, { signaturecertchainurl: CERT_URL, 'signature-256': pki.forge(raw) })).rejects.toMatchObject({ reason: 'BAD_SIGNATURE' });
  });

  it.each([
    ['expired', pki.chains.expired, /expired or not yet valid/],
    ['not yet valid', pki.chains.notYetValid, /expired or not yet valid/],
    ['for another domain', pki.chains.wrongSan, /does not name echo-api.amazon.com/],
    ['issued under an untrusted root', pki.chains.untrusted, /trusted root/],
    ['missing its intermediate', pki.chains.leafWithoutIssuer, /trusted root/],
    ['not a certificate', 'hello', /no certificate/],
  ])('refuses a signing certificate that is %s', async (_, chain, message) => {
    const raw = body();
    await expect(verifier(chain).verify(raw, signed(raw))).rejects.toMatchObject({ reason: 'CERT_INVALID', message: expect.stringMatching(message) });
  });

  it('refuses a correctly signed chain when the public roots are trusted instead of the test root', async () => {
    const v = alexaRequestVerifier({ now: () => NOW, fetch: async () => pki.chains.valid });
    const raw = body();
    await expect(v.verify(Buffer.from(raw), signed(raw))).rejects.toMatchObject({ reason: 'CERT_INVALID' });
  });

  it('stops accepting a cached certificate once it has expired', async () => {
    let now = NOW;
    const v = alexaRequestVerifier({ trustedRoots: pki.trustedRoots, now: () => now, fetch: async () => pki.chains.valid });
    const at = (t: number) => body({ timestamp: new Date(t).toISOString() });
    await expect(v.verify(Buffer.from(at(now)), signed(at(now)))).resolves.toEqual(JSON.parse(at(now)));
    now += 400 * 86_400_000;
    await expect(v.verify(Buffer.from(at(now)), signed(at(now)))).rejects.toMatchObject({ reason: 'CERT_INVALID' });
  });

  it.each([
    ['LaunchRequest', -REQUEST_TOLERANCE_MS - 1_000, 'BAD_TIMESTAMP'],
    ['LaunchRequest', REQUEST_TOLERANCE_MS + 1_000, 'BAD_TIMESTAMP'],
    ['LaunchRequest', -REQUEST_TOLERANCE_MS + 1_000, undefined],
    ['AlexaSkillEvent.SkillEnabled', -30 * 60_000, undefined],
    ['AlexaSkillEvent.SkillEnabled', -SKILL_EVENT_TOLERANCE_MS - 1_000, 'BAD_TIMESTAMP'],
  ])('judges a %s sent %i ms from now', async (type, offset, reason) => {
    const raw = body({ type, timestamp: new Date(NOW + offset).toISOString() });
    const outcome = verifier().verify(raw, signed(raw));
    if (reason) await expect(outcome).rejects.toMatchObject({ reason });
    else await expect(outcome).resolves.toEqual(JSON.parse(raw));
  });

  it('refuses a request with no readable timestamp, or a body that is not JSON', async () => {
    const noTime = body({ timestamp: 'yesterday' });
    await expect(verifier().verify(noTime, signed(noTime))).rejects.toMatchObject({ reason: 'BAD_TIMESTAMP' });
    await expect(verifier().verify('not json', signed('not json'))).rejects.toMatchObject({ reason: 'BAD_BODY' });
  });
});

describe('the certificate download', () => {
  afterEach(() => nock.cleanAll());

  it('returns the chain Alexa publishes', async () => {
    nock('https://s3.amazonaws.com').get('/echo.api/echo-api-cert-test.pem').reply(200, pki.chains.valid);
    await expect(httpsCertificateFetcher()(CERT_URL)).resolves.toBe(pki.chains.valid);
  });

  it('fails on any answer but 200', async () => {
    nock('https://s3.amazonaws.com').get('/echo.api/echo-api-cert-test.pem').reply(404, 'missing');
    await expect(httpsCertificateFetcher()(CERT_URL)).rejects.toThrow(/404/);
  });

  it('gives up on a chain larger than it would ever be', async () => {
    nock('https://s3.amazonaws.com').get('/echo.api/echo-api-cert-test.pem').reply(200, 'x'.repeat(10_000));
    await expect(httpsCertificateFetcher(1000, 4096)(CERT_URL)).rejects.toThrow(/larger than 4096/);
  });

  it('gives up on a download that takes too long', async () => {
    nock('https://s3.amazonaws.com').get('/echo.api/echo-api-cert-test.pem').delay(500).reply(200, pki.chains.valid);
    await expect(httpsCertificateFetcher(100)(CERT_URL)).rejects.toThrow(/certificate download|stalled/);
  });
});
