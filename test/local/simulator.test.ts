import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** `npm start` with a script piped in, as a newcomer or CI would run it. */
function simulate(script: string, ...args: string[]): string {
  return simulateWith({}, script, ...args);
}

function simulateWith(env: NodeJS.ProcessEnv, script: string, ...args: string[]): string {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'lambda/local/simulator.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    input: script,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`simulator failed: ${run.stderr}`);
  return run.stdout;
}

describe('the terminal simulator (npm start)', () => {
  it('answers a scripted conversation line by line and exits at the end of input', () => {
    const out = simulate('open device help desk\nI want to talk to customer support\nmy kindle\nstop\n', '--device', 'fire-tv', '--account', 'alex');
    expect(out).toContain('You: I want to talk to customer support');
    expect(out).toMatch(/Alexa: .*about an order.*\?/);
    expect(out).toMatch(/Alexa: What's happening with your Kindle\?/);
    expect(out).toContain('(session closed)');
  });

  it('asks for a permission by voice and takes the typed yes as the customer granting it', () => {
    const out = simulate('ask device help desk my fire stick is broken\ntalk to an agent\ncallback\nyes\nyes\nno\n', '--device', 'fire-tv');
    expect(out).toContain('[asks for permission: alexa::profile:mobile_number:read; say yes or no]');
    expect(out).toMatch(/Alexa: I'll ask our Fire TV team to call the number ending in 0142 .*Shall I book it\?/);
    expect(out).toContain('Alexa: Done: our Fire TV team will call the number ending in 0142');
    expect(out).toContain('Okay, no reminder.');
  });

  it('books a callback with a reminder when started with --grant mobile,reminders', () => {
    const out = simulate('ask device help desk my kindle is broken\nagent\ncall me back\nyes\nyes\n', '--grant', 'mobile,reminders');
    expect(out).not.toContain('[asks for permission');
    expect(out).toContain('Alexa: Done: our Kindle team will call the number ending in 0142');
    expect(out).toContain('[reminder set]');
    expect(out).toContain('Your reminder is set');
  });

  it.each(['exit', 'quit'])('ends the program at "%s", answering nothing after it', (word) => {
    const out = simulate(`open device help desk\n${word}\nI want to talk to customer support\n`);
    expect(out).toContain('(session ended; goodbye)');
    expect(out).not.toContain('You: I want to talk to customer support');
  });

  it('answers a conversation from no device (--device none)', () => {
    const out = simulate('open device help desk\nmy echo has no sound\n', '--device', 'none');
    expect(out).not.toMatch(/something went wrong/i);
    expect(out).toMatch(/Alexa: .*Device Help Desk/);
  });

  it('is the same Alexa user on every run, so saved progress survives a restart', () => {
    const folder = mkdtempSync(join(tmpdir(), 'help-desk-simulator-'));
    try {
      simulateWith({ LOCAL_DATA: folder }, 'ask device help desk my fire tv remote is not working\nthe remote does not work\nstop\n', '--device', 'fire-tv');
      const later = simulateWith({ LOCAL_DATA: folder }, 'open device help desk\n', '--device', 'fire-tv');
      expect(later).toMatch(/Alexa: Welcome back.*Last time we were fixing the remote/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses an unknown option value with a clear message', () => {
    expect(() => simulate('hi\n', '--device', 'toaster')).toThrow(/--device must be one of echo-dot, echo-show, fire-tv, none/);
  });
});
