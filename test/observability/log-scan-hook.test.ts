import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('the personal-data scan over each test file\'s logs', () => {
  it('fails a test file whose passing tests logged personal data', () => {
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
        '--ci',
        '--roots', '<rootDir>/test/fixtures',
        '--testMatch', '**/leaks-a-token.fixture.ts',
        '--globalSetup', '<rootDir>/test/fixtures/no-global-setup.js',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stderr).toMatch(/Tests:\s+1 passed/);
    expect(run.stderr).toMatch(/personal data in the logs:/);
    expect(run.stderr).toContain('access token "demo-token-alex"');
    expect(run.status).not.toBe(0);
  });
});
