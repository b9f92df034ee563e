import { writeErr } from './output';

/**
 * Structured one-line JSON logs on stderr. Values under keys that look like secrets
 * are replaced before anything is written, so a careless call cannot leak them.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };
const SECRET_KEY = /secret|password|token|authorization|assertion|credential|cookie|signingkey/i;

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * A copy of `value` fit to log: secret-looking keys replaced at any depth, errors as
 * their name, message, stack, code and cause, and a reference back to an enclosing
 * object (a cycle) written as "[circular]" instead of recursing forever.
 */
export function redact(value: unknown, enclosing: Set<object> = new Set()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (enclosing.has(value)) return '[circular]';
  enclosing.add(value);
  try {
    if (value instanceof Error) {
      const { code, cause } = value as Error & { code?: unknown };
      return {
        name: value.name,
        message: value.message,
        stack: value.stack,
        ...(code !== undefined ? { code: redact(code, enclosing) } : {}),
        ...(cause !== undefined ? { cause: redact(cause, enclosing) } : {}),
      };
    }
    if (Array.isArray(value)) return value.map((v) => redact(v, enclosing));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redact(v, enclosing)]));
  } finally {
    enclosing.delete(value);
  }
}

/** A line that cannot be built (an object too deep to serialise) still says what happened. */
function line(at: LogLevel, message: string, fields?: Record<string, unknown>): string {
  const head = { time: new Date().toISOString(), level: at, message };
  try {
    return JSON.stringify({ ...head, ...(fields ? (redact(fields) as object) : {}) });
  } catch {
    return JSON.stringify({ ...head, fields: '[could not be logged]' });
  }
}

export function createLogger(level: LogLevel, write: (line: string) => void = (line) => writeErr(`${line}\n`)): Logger {
  const emit = (at: LogLevel, message: string, fields?: Record<string, unknown>): void => {
    if (ORDER[at] < ORDER[level]) return;
    write(line(at, message, fields));
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}
