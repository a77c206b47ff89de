import { allLogEntries, capturePrinted, printedLogLines } from './log-capture';
import { assertNoPersonalData } from './personal-data';

/**
 * Every log entry a test file produced, from the skill in-process or from the built bundle, is scanned for
 * personal data when the file's tests are done; a leak fails the file even if no test looked at the logs.
 */
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    capturePrinted(args);
    original(...args);
  };
}

afterAll(() => {
  assertNoPersonalData([...allLogEntries.map((entry) => JSON.stringify(entry)), ...printedLogLines]);
});
