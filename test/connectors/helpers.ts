import { expect } from 'vitest';
import type { ConnectorFetch } from '../../src/connectors';
import type { ActionResult } from '../../src/core/types';

/** One request a {@link spyFetch} saw. */
export interface SpiedCall {
  url: string;
  method: string;
  headers: Headers;
}

/** A `fetch` that records what the connector sends, then lets the provider mocks answer. */
export function spyFetch() {
  const calls: SpiedCall[] = [];
  const fetch: ConnectorFetch = (url, init) => {
    calls.push({ url, method: init?.method ?? 'GET', headers: new Headers(init?.headers) });
    return globalThis.fetch(url, init);
  };
  return { calls, fetch };
}

/**
 * The secret(s) must appear nowhere in the result (message, params, details,
 * warnings). Empty strings are skipped: every text contains them.
 */
export function expectNoSecret(result: ActionResult, secret: string | readonly string[]) {
  const secrets = (typeof secret === 'string' ? [secret] : secret).filter(Boolean);
  const json = JSON.stringify(result);
  for (const value of secrets) {
    expect(result.message ?? '').not.toContain(value);
    expect(json).not.toContain(value);
  }
}

/** Asserts a failure with `code` on `field` with a message, whose texts never contain `secret`. */
export function expectFailure(
  result: ActionResult,
  code: string,
  field: string | undefined,
  secret: string | readonly string[],
) {
  expect(result).toMatchObject({ ok: false, code });
  if (result.ok) return;
  expect(result.field).toBe(field);
  expect(result.message).not.toBe('');
  expectNoSecret(result, secret);
}
