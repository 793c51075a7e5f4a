// One error type for every Gatehouse failure. `code` is stable (users grep for it, tests assert
// on it); `fix` tells the user what to change. Messages are one line and never carry secret values.

export type ErrorCode =
  | 'INPUT_MISSING'
  | 'INPUT_INVALID'
  | 'POLICY_INVALID'
  | 'POLICY_DENIED'
  | 'AUDIT_WRITE_FAILED'
  | 'AUDIT_CHAIN_BROKEN'
  | 'HTTP_FAILED'
  | 'HTTP_TIMEOUT'
  | 'DEADLINE_EXCEEDED'
  | 'OIDC_UNAVAILABLE'
  | 'OIDC_FAILED'
  | 'RUNNER_FILE_COMMAND'
  | 'COMMAND_FAILED'
  | 'SECRET_REFUSED'
  | 'SECRET_FETCH_FAILED'
  | 'LOCKFILE_INVALID'
  | 'SCAN_FAILED'
  | 'LEAKS_FOUND'
  | 'INTERNAL';

export interface GatehouseErrorOptions {
  /** What the user should do about it; printed after the message. */
  fix?: string;
  cause?: unknown;
}

export class GatehouseError extends Error {
  override readonly name = 'GatehouseError';
  readonly code: ErrorCode;
  readonly fix: string | undefined;

  constructor(code: ErrorCode, message: string, options: GatehouseErrorOptions = {}) {
    super(oneLine(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.fix = options.fix === undefined ? undefined : oneLine(options.fix);
  }

  /** The line a user sees: message, then the fix. */
  describe(): string {
    return this.fix ? `${this.message} Fix: ${this.fix}` : this.message;
  }
}

/**
 * The error for a bad input value. `shown` is the offending value as it may be printed; pass
 * `undefined` for secret inputs so the value never reaches the log.
 */
export function inputError(input: string, problem: string, fix: string, shown?: string): GatehouseError {
  const value = shown === undefined ? '' : ` (got ${quote(shown)})`;
  return new GatehouseError('INPUT_INVALID', `Input '${input}' ${problem}${value}.`, { fix });
}

/** Any thrown thing (not only Error) as a one-line description. */
export function describeError(err: unknown): string {
  if (err instanceof GatehouseError) return err.describe();
  if (err instanceof Error) return oneLine(err.message || err.name);
  if (typeof err === 'string') return oneLine(err);
  try {
    return oneLine(JSON.stringify(err) ?? String(err));
  } catch {
    // Cycles, BigInts, objects without a prototype: fall back to a description that cannot throw.
    try {
      return oneLine(String(err));
    } catch {
      return `a thrown ${typeof err} that cannot be described`;
    }
  }
}

export function errorCode(err: unknown): ErrorCode {
  return err instanceof GatehouseError ? err.code : 'INTERNAL';
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Quote a user-supplied value for an error message, cut to a readable length. */
export function quote(value: string, max = 60): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(cut);
}
