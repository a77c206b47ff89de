import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLocalStore } from '../../lambda/local/local-store';
import { callback } from '../adapters/contacts.fixtures';

const ROOT = join(__dirname, '..', '..');
const TOKEN = 'echo-team-token-for-serve-0123456789';

/** `npm run serve` on a free port, resolved with its URL once it listens; `output()` is all it printed so far. */
function serve(env: NodeJS.ProcessEnv, how: 'tsx' | 'npm' = 'tsx'): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const [command, args] = how === 'npm' ? ['npm', ['run', 'serve']] : [process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'lambda/local/server.ts']];
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, PORT: '0', ...env } });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /listening on http:\/\/[^/]+:(\d+)\//.exec(output)?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, child, output: () => output });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}
/** Whether a TCP connection to host:port is accepted. */
const reachable = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, host, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

/** An IPv4 address of this machine other than loopback, if it has one. */
const outsideAddress = () =>
  Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

const stop = (child: ChildProcess) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));

describe('npm run serve', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'help-desk-serve-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('serves the teams queue API beside the Alexa endpoint, from the callbacks stored in its local folder', async () => {
    const booked = callback();
    const seeded = await openLocalStore(folder);
    await seeded.contacts.bookCallback(booked, { requestId: 'req-1', slotCapacity: 1 });
    await seeded.close();

    const { url, child } = await serve({ LOCAL_DATA: folder, QUEUE_API_TOKENS: JSON.stringify({ ECHO: TOKEN }) });
    try {
      expect((await fetch(`${url}/health`)).status).toBe(200);
      expect((await fetch(`${url}/queue/teams/ECHO/contacts`)).status).toBe(401);
      const queue = await fetch(`${url}/queue/teams/ECHO/contacts`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(((await queue.json()) as { contacts: { id: string }[] }).contacts.map((c) => c.id)).toEqual([booked.id]);
      const claimed = await fetch(`${url}/queue/teams/ECHO/contacts/${booked.id}/claim`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ agent: 'agent-ana' }),
      });
      expect(claimed.status).toBe(200);
    } finally {
      await stop(child);
    }

    // The claim was stored in the folder: it is still there after the server stopped.
    const reopened = await openLocalStore(folder);
    expect(await reopened.contacts.get('ECHO', booked.id)).toMatchObject({ status: 'CLAIMED', claimedBy: 'agent-ana' });
    await reopened.close();
  }, 30_000);

  it('answers errors with problem documents and logs each as one line, with no stack trace', async () => {
    // Production logging: one JSON line per entry (the tests' POWERTOOLS_DEV pretty-prints).
    const { url, child, output } = await serve({ LOCAL_DATA: 'memory', POWERTOOLS_DEV: '', NODE_ENV: 'production' });
    try {
      const missing = await fetch(`${url}/nothing-here`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const badGzip = await fetch(url, { method: 'POST', body: 'not gzip', headers: { 'content-encoding': 'gzip', 'content-type': 'application/json' } });
      expect(badGzip.status).toBe(400);
      expect(await badGzip.text()).not.toMatch(/<html|\bat \w|node_modules/);
      await new Promise((r) => setTimeout(r, 200));
      const logged = output().split('\n').filter((line) => line.includes('request body refused'));
      expect(logged).toHaveLength(1);
      expect(JSON.parse(logged[0])).toMatchObject({ message: 'request body refused', status: 400 });
      expect(output()).not.toMatch(/^\s+at /m);
    } finally {
      await stop(child);
    }
  }, 30_000);

  const outside = outsideAddress();
  (outside ? it : it.skip)('listens on 127.0.0.1 only, unless HOST says otherwise', async () => {
    const local = await serve({ LOCAL_DATA: 'memory' });
    const port = Number(new URL(local.url).port);
    try {
      expect(local.output()).toContain(`listening on http://127.0.0.1:${port}/`);
      expect(await reachable('127.0.0.1', port)).toBe(true);
      expect(await reachable(outside as string, port)).toBe(false);
    } finally {
      await stop(local.child);
    }
    const everywhere = await serve({ LOCAL_DATA: 'memory', HOST: '0.0.0.0' });
    try {
      expect(await reachable(outside as string, Number(new URL(everywhere.url).port))).toBe(true);
    } finally {
      await stop(everywhere.child);
    }
  }, 30_000);

  it.each(['SIGTERM', 'SIGINT'] as const)('stops the server when the npm run serve process gets %s', async (signal) => {
    const { url, child } = await serve({ LOCAL_DATA: 'memory' }, 'npm');
    const port = Number(new URL(url).port);
    expect(await reachable('127.0.0.1', port)).toBe(true);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    let stillServing = true;
    for (let i = 0; i < 50 && stillServing; i += 1) {
      stillServing = await reachable('127.0.0.1', port);
      if (stillServing) await new Promise((r) => setTimeout(r, 100));
    }
    expect(stillServing).toBe(false);
  }, 30_000);
});
