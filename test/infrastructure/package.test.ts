import AdmZip from 'adm-zip';
import { execFile, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { packageBundles, zipNameFor } from '../../scripts/package';
import { envelope, intentRequest, launchRequest, TEST_SKILL_ID, type Caller } from '../support/requests';

const ROOT = join(__dirname, '..', '..');

type Handler = (event: unknown) => Promise<ResponseEnvelope>;

/** Loads the handler from an unpacked zip as Lambda would (`index.handler`), with the given environment. */
function loadHandler(dir: string, env: Record<string, string>): Handler {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    let handler: Handler | undefined;
    jest.isolateModules(() => {
      handler = (require(join(dir, 'index.js')) as { handler: Handler }).handler;
    });
    return handler as Handler;
  } finally {
    process.env = saved;
  }
}

describe('npm run package', () => {
  let out: string;
  let zips: string[];
  beforeAll(() => {
    // The test run has bundled the functions already (global setup); this is the packaging step on its own.
    out = mkdtempSync(join(tmpdir(), 'package-'));
    zips = packageBundles(ROOT, out);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes one zip per bundled function, named for the template', () => {
    expect(zips).toContain(join(out, 'skill-lambda.zip'));
    expect(zipNameFor('dist/queue-api/index.js')).toBe('queue-api-lambda.zip');
  });

  it('puts index.js, the chunks it loads on first use and their source maps at the root of the skill zip, under 500 KB minified', () => {
    const entries = new AdmZip(join(out, 'skill-lambda.zip')).getEntries();
    const names = entries.map((e) => e.entryName);
    expect(names).toEqual(expect.arrayContaining(['index.js', 'index.js.map']));
    expect(names.every((name) => !name.includes('/') && /\.js(\.map)?$/.test(name))).toBe(true);
    expect(names.filter((name) => name.endsWith('.js')).every((name) => names.includes(`${name}.map`))).toBe(true);
    const code = entries.filter((e) => e.entryName.endsWith('.js')).reduce((sum, e) => sum + e.header.size, 0);
    expect(code).toBeLessThan(500 * 1024);
  });

  describe('the unpacked skill zip', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'skill-lambda-'));
      new AdmZip(join(out, 'skill-lambda.zip')).extractAllTo(dir);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('loads as index.handler and answers a launch', async () => {
      const handler = loadHandler(dir, { POWERTOOLS_LOG_LEVEL: 'SILENT' });
      const reply = await handler(envelope(launchRequest()));
      expect(reply.response.outputSpeech).toMatchObject({ ssml: expect.stringContaining('Device Help Desk') });
      expect(reply.response.shouldEndSession).toBe(false);
    });

    it('reads on a launch only its entry and the chunk every turn shares: no area, adapter or demo data', () => {
      // A new process, as a cold start is: Node's module cache then lists every file the launch read.
      const script = `require(${JSON.stringify(join(dir, 'index.js'))}).handler(${JSON.stringify(envelope(launchRequest()))})
        .then(() => console.log(JSON.stringify(Object.keys(require.cache))));`;
      const read: string[] = JSON.parse(execFileSync(process.execPath, ['-e', script], { env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT' }, encoding: 'utf8' }));
      const files = read.filter((file) => file.startsWith(dir)).map((file) => file.slice(dir.length + 1));
      expect(files).toEqual(['index.js', expect.stringMatching(/^chunk-\w+\.js$/)]);
      expect(readFileSync(join(dir, files[1]), 'utf8')).not.toContain('demo-token-alex');
    });

    it('loads the Alexa API clients on the first turn that calls one: an order turn reads the time zone through them', async () => {
      const asked: string[] = [];
      const alexaApi = createServer((req, res) => {
        asked.push(`${req.method} ${req.url}`);
        req.resume().on('end', () => (req.method === 'GET' ? res.writeHead(200, { 'content-type': 'application/json' }).end('"America/New_York"') : res.writeHead(204).end()));
      });
      await new Promise<void>((listening) => alexaApi.listen(0, '127.0.0.1', listening));
      try {
        const caller: Caller = { deviceId: 'amzn1.ask.device.DEMO_FIRE_TV', accessToken: 'demo-token-alex' };
        const request = envelope(intentRequest('SupportIntent', { topic: { spoken: 'an order', id: 'ORDER' } }, caller), { caller });
        request.context.System.apiEndpoint = `http://127.0.0.1:${(alexaApi.address() as AddressInfo).port}`;
        const script = `require(${JSON.stringify(join(dir, 'index.js'))}).handler(${JSON.stringify(request)})
          .then((reply) => console.log(JSON.stringify({ reply, read: Object.keys(require.cache) })));`;
        const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' } });
        const { reply, read } = JSON.parse(stdout) as { reply: ResponseEnvelope; read: string[] };
        expect(reply.response.outputSpeech).toMatchObject({ ssml: expect.stringContaining('most urgent first') });
        expect(asked).toContain('POST /v1/directives');
        expect(asked).toContainEqual(expect.stringMatching(/^GET \/v2\/devices\/.+\/settings\/System\.timeZone$/));
        expect(read.map((file) => file.slice(dir.length + 1))).toContain('alexa-ask-sdk-model-services.js');
      } finally {
        alexaApi.close();
      }
    });

    it('answers its own skill and refuses any other when SKILL_ID is set', async () => {
      const ours = loadHandler(dir, { SKILL_ID: TEST_SKILL_ID, POWERTOOLS_LOG_LEVEL: 'SILENT' });
      await expect(ours(envelope(launchRequest()))).resolves.toMatchObject({ response: { shouldEndSession: false } });
      const theirs = loadHandler(dir, { SKILL_ID: 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555', POWERTOOLS_LOG_LEVEL: 'SILENT' });
      await expect(theirs(envelope(launchRequest()))).rejects.toThrow(/ID verification failed/);
    });
  });

  it('fails clearly when a bundle has not been built', () => {
    const empty = mkdtempSync(join(tmpdir(), 'unbuilt-'));
    try {
      expect(() => packageBundles(empty, join(empty, 'out'))).toThrow(/not built: .*index\.js/);
      expect(existsSync(join(empty, 'out', 'skill-lambda.zip'))).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('the skill package for ASK CLI', () => {
  it('points ask deploy at skill-package/, which holds the manifest and the built model', () => {
    const resources = JSON.parse(readFileSync(join(ROOT, 'ask-resources.json'), 'utf8'));
    expect(resources).toEqual({ askcliResourcesVersion: '2020-03-31', profiles: { default: { skillMetadata: { src: './skill-package' } } } });
    const src = join(ROOT, resources.profiles.default.skillMetadata.src);
    expect(statSync(join(src, 'skill.json')).isFile()).toBe(true);
    expect(statSync(join(src, 'interactionModels', 'custom', 'en-US.json')).isFile()).toBe(true);
  });
});
