import type { LogEntry } from '../../lambda/observability/log';

/** Every log entry a test skill wrote in this test file (the harness records them). */
export const allLogEntries: LogEntry[] = [];

/** Every structured line the built bundle printed in this test file (Powertools logs and metrics, via console). */
export const printedLogLines: string[] = [];

/** Keeps `printed` if it is a structured log or metrics line; console output of any other kind is not a log. */
export function capturePrinted(args: unknown[]): void {
  if (args.length !== 1 || typeof args[0] !== 'string') return;
  try {
    const parsed = JSON.parse(args[0]) as Record<string, unknown>;
    if (parsed && typeof parsed === 'object' && (('level' in parsed && 'message' in parsed) || '_aws' in parsed)) printedLogLines.push(args[0]);
  } catch {
    // Not JSON: not a log line.
  }
}
