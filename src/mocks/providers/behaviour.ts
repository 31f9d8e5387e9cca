import { delay, HttpResponse } from 'msw';

/**
 * Keywords the provider mocks react to when they occur in a token (or a
 * Nexmo secret), whatever the provider, to reach the failure paths:
 * - `ratelimit`: the provider's own rate-limit answer (HTTP 429 for Telegram, LINE
 *   and Vonage — Telegram with `retry_after`, Vonage with `Retry-After: 7`; Graph's
 *   code 4 with HTTP 400; Viber's status 12 with HTTP 200)
 * - `outage`: HTTP 5xx in the provider's own error shape
 * - `netfail`: a network error
 * - `slow`: answers after {@link PROVIDER_SLOW_DELAY_MS}
 *
 * The Graph mock also reads `graph<code>` in a token (e.g. `EAAFAKEgraph368…`)
 * and answers that Graph error code (3, 17, 32, 341, 368, 613, 80001). The
 * other delivery states are fields of the provider state, see
 * {@link createProviderState}.
 */
export type ProviderKeyword = 'ratelimit' | 'outage' | 'netfail' | 'slow';

/** How long a `slow` token holds the provider mock's answer (longer than a connector's 10 s timeout). */
export const PROVIDER_SLOW_DELAY_MS = 30_000;

/** Seconds the mocks put in `Retry-After` (and Telegram's `retry_after`) for `ratelimit`. */
export const MOCK_RETRY_AFTER_SECONDS = 7;

/** The keyword in `secret`, if any. */
export function keywordOf(secret: string | null | undefined): ProviderKeyword | undefined {
  if (!secret) return undefined;
  return (['ratelimit', 'outage', 'netfail', 'slow'] as const).find((k) => secret.includes(k));
}

/**
 * Applies `netfail` and `slow` (returns a network error or waits); returns
 * the keyword so the caller answers `ratelimit` / `outage` in its own shape.
 */
export async function applyKeyword(
  secret: string | null | undefined,
): Promise<{ keyword: ProviderKeyword | undefined; networkError?: Response }> {
  const keyword = keywordOf(secret);
  if (keyword === 'netfail') return { keyword, networkError: HttpResponse.error() };
  if (keyword === 'slow') await delay(PROVIDER_SLOW_DELAY_MS);
  return { keyword };
}
