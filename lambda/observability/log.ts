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

/** The longest string a log entry keeps, and the most items of a list or keys of an object, at most this deep. */
export const LOG_VALUE_LIMITS = { chars: 200, items: 20, depth: 3 } as const;

/** A value cut to the limits: request values are whatever a caller sent, and a log line must stay short. */
function bounded(value: unknown, depth: number): unknown {
  const { chars, items } = LOG_VALUE_LIMITS;
  if (typeof value === 'string') return value.length > chars ? `${value.slice(0, chars)}…(${value.length} characters)` : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= LOG_VALUE_LIMITS.depth) return '(nested too deep)';
  if (value instanceof Error) return bounded({ name: value.name, message: value.message }, depth);
  if (Array.isArray(value)) return value.slice(0, items).map((item) => bounded(item, depth + 1));
  return Object.fromEntries(Object.entries(value).slice(0, items).map(([key, item]) => [bounded(key, depth), bounded(item, depth + 1)]));
}

/** Log fields with every value cut to LOG_VALUE_LIMITS. */
export function boundedFields(fields: LogFields): LogFields {
  return bounded(fields, 0) as LogFields;
}

/** JSON logs for CloudWatch, one line per entry (POWERTOOLS_LOG_LEVEL sets the level), every value bounded. */
export function powertoolsLog(): Log {
  const logger = new Logger({ serviceName: 'device-help-desk' });
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (message: string, fields?: LogFields) =>
    fields ? logger[level](message, boundedFields(fields)) : logger[level](message);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields?: LogFields;
}

/** Keeps entries in memory, bounded as the real log bounds them, for tests that read what was logged. */
export function recordingLog(): Log & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry['level']) => (message: string, fields?: LogFields) => void entries.push({ level, message, fields: fields && boundedFields(fields) });
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** The same log with `fields` on every entry (a request's id and intent, say). */
export function withFields(log: Log, base: LogFields): Log {
  const at = (level: LogEntry['level']) => (message: string, fields?: LogFields) => log[level](message, { ...base, ...fields });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
