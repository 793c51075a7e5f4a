// Turning what went wrong into a ReadFailure, the same way for every provider: an HttpError's
// status decides the kind (404 -> not-found, 403 -> denied, ...), the provider supplies the message
// prefix and the fixes that its service's docs give for each kind.

import { describeError, GatehouseError } from '@gatehouse/core/errors';
import { HttpError } from '@gatehouse/core/http';
import type { FailureKind, ReadFailure, ReadOutcome } from './types.js';

export type Fixes = Partial<Record<FailureKind, string>>;

const GENERIC_FIXES: Record<FailureKind, string> = {
  'not-found': 'Check the name and path of the secret, or mark the reference optional with NAME?=.',
  denied: 'Grant the identity of this job read access to the secret.',
  auth: "Check the provider's trust configuration for this repository's OIDC token.",
  invalid: 'Check that the endpoint is the real service API and not a proxy or login page.',
  unavailable: 'Check that the service is reachable from the runner, or raise the timeout input.',
};

/** The kind of failure an HTTP status stands for. */
export function kindOfStatus(status: number | undefined): FailureKind {
  if (status === 404) return 'not-found';
  if (status === 403) return 'denied';
  if (status === 401) return 'auth';
  if (status === undefined || status === 408 || status === 429 || status >= 500) return 'unavailable';
  return 'invalid';
}

/**
 * A ReadFailure for `err` (usually an HttpError from core http). `what` names the operation,
 * e.g. `Vault login (auth/jwt)` or `GetSecretValue prod/db`; `kind` overrides the status mapping.
 */
export function failureFrom(err: unknown, what: string, fixes: Fixes = {}, kind?: FailureKind): ReadFailure {
  const status = err instanceof HttpError ? err.status : undefined;
  // A missed deadline is the step's budget running out, whatever the last answer was.
  if (err instanceof GatehouseError && err.code === 'DEADLINE_EXCEEDED') {
    return {
      kind: kind ?? 'unavailable',
      status,
      message: oneLine(`${what} failed: ${messageOf(err)}`),
      fix: fixes.unavailable ?? err.fix ?? GENERIC_FIXES.unavailable,
    };
  }
  const resolved: FailureKind =
    kind ?? (err instanceof HttpError ? (err.status === undefined ? 'unavailable' : kindOfStatus(err.status)) : errorKind(err));
  const detail = err instanceof HttpError && err.detail ? `: ${err.detail}` : '';
  const base =
    err instanceof HttpError && err.status !== undefined ? `${what} answered ${err.status}${detail}` : `${what} failed: ${messageOf(err)}`;
  return {
    kind: resolved,
    status,
    message: oneLine(base),
    fix: fixes[resolved] ?? (err instanceof GatehouseError && err.fix ? err.fix : GENERIC_FIXES[resolved]),
  };
}

/** The message alone: describeError would append the error's own fix, and the failure has one. */
function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : describeError(err);
}

function errorKind(err: unknown): FailureKind {
  if (err instanceof GatehouseError && (err.code === 'DEADLINE_EXCEEDED' || err.code === 'HTTP_TIMEOUT')) return 'unavailable';
  if (err instanceof GatehouseError && (err.code === 'OIDC_FAILED' || err.code === 'OIDC_UNAVAILABLE')) return 'auth';
  return 'invalid';
}

/** The same failed outcome for every read (an authentication failure fails them all). */
export function failAll(count: number, failure: ReadFailure): ReadOutcome[] {
  return Array.from({ length: count }, () => ({ ok: false as const, failure }));
}

/**
 * A 2xx whose body could not be used (core http's message says it is not JSON without quoting it),
 * or undefined when `err` is something else. `service` names the real API in the fix.
 */
export function malformedAnswer(err: unknown, what: string, service: string): ReadFailure | undefined {
  if (!(err instanceof HttpError) || err.status === undefined || err.status < 200 || err.status >= 300) return undefined;
  return {
    kind: 'invalid',
    status: err.status,
    message: `${what}: ${err.message}`,
    fix: `Check that the endpoint is the real ${service} and not a proxy or captive portal.`,
  };
}

export function failed(failure: ReadFailure): ReadOutcome {
  return { ok: false, failure };
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 400 ? `${line.slice(0, 399)}…` : line;
}
