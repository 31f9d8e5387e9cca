import type { ConnectorContext, ConnectorFetch, ProviderResponse } from './types';
import { ConnectorStop, failure } from './results';

// The one `isObject` of the library, re-exported for the provider connectors.
export { isObject } from '../core/isObject';

/** Most bytes of a provider answer that are read; a longer answer is an unexpected one. @internal */
export const MAX_PROVIDER_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

/** Whether a response is a redirect (3xx, a browser's opaque redirect, or one a host fetch followed). */
function isRedirect(response: Response): boolean {
  return (
    response.type === 'opaqueredirect' ||
    response.redirected ||
    (response.status >= 300 && response.status < 400)
  );
}

/** Cancels a body nobody will read; never throws. */
function discard(response: Response): void {
  try {
    void response.body?.cancel().catch(() => undefined);
  } catch {
    // a locked or already consumed body
  }
}

/**
 * Reads a body as UTF-8 text, at most `limit` bytes: a larger declared
 * `Content-Length` or stream rejects with {@link BodyTooLarge} after
 * cancelling the stream, so a huge answer is never buffered.
 */
async function readCapped(response: Response, limit: number, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  // Stop a stalled stream at the deadline even if nobody else cancels it.
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) throw new BodyTooLarge();
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    cancel();
    throw error;
  } finally {
    signal.removeEventListener('abort', cancel);
  }
  return text + decoder.decode();
}

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

  // Settles (rejects) when the deadline passes or the caller aborts, so a
  // host `fetch` that ignores `signal` cannot hold the operation past its deadline.
  const stopped = new Promise<never>((_resolve, reject) => {
    const stop = () => reject(new Error('stopped'));
    if (controller.signal.aborted) stop();
    else controller.signal.addEventListener('abort', stop, { once: true });
  });
  stopped.catch(() => undefined);
  const raced = <T>(promise: Promise<T>) => Promise.race([promise, stopped]);

  const request: ConnectorContext['request'] = async (url, init = {}) => {
    stopIfAborted();
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    let pending: Promise<Response> | undefined;
    try {
      pending = Promise.resolve(
        fetchImpl(url, {
          method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
          headers,
          ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
          // Never follow a redirect: the request carries credentials (Telegram's
          // token in the path, Viber's X-Viber-Auth-Token, Graph's bearer token).
          redirect: 'manual',
          signal: controller.signal,
        }),
      );
      response = await raced(pending);
    } catch {
      // A fetch that answers after the deadline: nobody reads that body.
      void pending?.then(discard, () => undefined);
      stopIfAborted();
      throw new ConnectorStop(failure('network_error', { provider }));
    }
    // A 3xx (or a browser's opaque redirect) is not an answer of the provider's
    // API, and neither is an answer a host fetch got by following one anyway.
    if (isRedirect(response)) {
      discard(response);
      throw new ConnectorStop(failure('unexpected_response', { provider }));
    }
    let text: string;
    try {
      text = await raced(readCapped(response, MAX_PROVIDER_BODY_BYTES, controller.signal));
    } catch (error) {
      discard(response);
      stopIfAborted();
      if (error instanceof BodyTooLarge)
        throw new ConnectorStop(failure('unexpected_response', { provider }));
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
