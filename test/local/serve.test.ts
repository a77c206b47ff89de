import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLocalStore } from '../../lambda/local/local-store';
import { callback } from '../adapters/contacts.fixtures';

const ROOT = join(__dirname, '..', '..');
const TOKEN = 'echo-team-token-for-serve-0123456789';

/** `npm run serve` on a free port, resolved with its URL once it listens. */
function serve(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'lambda/local/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ...env },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /listening on http:\/\/localhost:(\d+)\//.exec(output)?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, child });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}
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
});
