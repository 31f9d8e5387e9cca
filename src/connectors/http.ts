import type { ConnectorContext, ConnectorFetch, ProviderResponse } from './types';
import { ConnectorStop, failure } from './results';

// The one `isObject` of the library, re-exported for the provider connectors.
export { isObject } from '../core/isObject';

/** Default time allowed for a whole connector operation. */
export const DEFAULT_CONNECTOR_TIMEOUT_MS = 10_000;

/**
 * Creates the request function of one connector operation: one deadline for
 * all requests, the caller's signal honoured, JSON parsed, and network
 * errors, timeouts and aborts turned into a {@link ConnectorStop}.
 * @internal
 */
export function createContext(
  provider: string,
  options: { fetch?: ConnectorFetch; signal?: AbortSignal; timeoutMs?: number },
): { ctx: ConnectorContext; done: () => void } {
  const timeoutMs = options.timeoutMs ?? DEFAULT_CONNECTOR_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const outer = options.signal;
  const onAbort = () => controller.abort();
  if (outer?.aborted) controller.abort();
  else outer?.addEventListener('abort', onAbort, { once: true });
  const done = () => {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  };

  const stopIfAborted = () => {
    if (timedOut)
      throw new ConnectorStop(failure('timeout', { provider, seconds: timeoutMs / 1000 }));
    if (controller.signal.aborted) throw new ConnectorStop(failure('aborted', {}));
  };

  const request: ConnectorContext['request'] = async (url, init = {}) => {
    stopIfAborted();
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
        headers,
        ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
        signal: controller.signal,
      });
    } catch {
      stopIfAborted();
      throw new ConnectorStop(failure('network_error', { provider }));
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      stopIfAborted();
      throw new ConnectorStop(failure('network_error', { provider }));
    }
    let body: unknown;
    try {
      body = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      body = undefined;
    }
    const result: ProviderResponse = { status: response.status, body };
    const retryAfter = Number(response.headers.get('retry-after'));
    if (response.headers.has('retry-after') && Number.isFinite(retryAfter) && retryAfter >= 0)
      result.retryAfter = retryAfter;
    return result;
  };

  return { ctx: { provider, request }, done };
}
