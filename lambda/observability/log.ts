import { Logger } from '@aws-lambda-powertools/logger';

/** Structured log fields. Never put phone numbers, names, tokens or addresses in them. */
export type LogFields = Record<string, unknown>;

/** The logging port: Powertools' Logger in production, a recorder in tests. */
export interface Log {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** JSON logs for CloudWatch, one line per entry (POWERTOOLS_LOG_LEVEL sets the level). */
export function powertoolsLog(): Log {
  const logger = new Logger({ serviceName: 'device-help-desk' });
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (message: string, fields?: LogFields) =>
    fields ? logger[level](message, fields) : logger[level](message);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields?: LogFields;
}

/** Keeps entries in memory, for tests that read what was logged. */
export function recordingLog(): Log & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry['level']) => (message: string, fields?: LogFields) => void entries.push({ level, message, fields });
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** The same log with `fields` on every entry (a request's id and intent, say). */
export function withFields(log: Log, base: LogFields): Log {
  const at = (level: LogEntry['level']) => (message: string, fields?: LogFields) => log[level](message, { ...base, ...fields });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
