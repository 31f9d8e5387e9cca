import { useCallback, useEffect, useRef, useState } from 'react';
import type { WebhookResult } from '../types';
import { lazyPart } from './lazy';

/** Outcome of one run of an action, as the form shows it. */
export type ActionOutcome =
  { kind: 'result'; result: WebhookResult } | { kind: 'timeout' } | { kind: 'failed' };

/** State of one action (Test Connection or Set Webhook). */
export interface ActionState<S> {
  running: boolean;
  outcome: ActionOutcome | null;
  /** What the form looked like when the action ran; the outcome is stale once values differ. */
  snapshot: S | null;
}

const TIMEOUT = Symbol('timeout');

/**
 * The result parser, loaded on demand with the first action's call (the network call
 * hides it; the MUI forms also prefetch it). Not loaded: the outcome is `failed`.
 * @internal
 */
export const resultParserPart = /* @__PURE__ */ lazyPart(() => import('../parseResult'));

/**
 * Runs an async host callback with single flight, abort on unmount and a
 * timeout. The callback may throw, reject, resolve with garbage or never
 * settle: the outcome is always one of {@link ActionOutcome} and nothing is
 * logged.
 * @internal
 */
export function useAction<S>(timeoutMs: number) {
  const [state, setState] = useState<ActionState<S>>({
    running: false,
    outcome: null,
    snapshot: null,
  });
  const controller = useRef<AbortController | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
      controller.current = null;
    };
  }, []);

  const run = useCallback(
    async (snapshot: S, invoke: (signal: AbortSignal) => Promise<unknown>) => {
      if (controller.current) return; // one call in flight
      const current = new AbortController();
      controller.current = current;
      setState((s) => ({ ...s, running: true }));
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Settles on timeout, or at once when the form unmounts (the signal aborts).
      const stopped = new Promise<typeof TIMEOUT>((resolve) => {
        timer = setTimeout(() => resolve(TIMEOUT), timeoutMs);
        current.signal.addEventListener('abort', () => resolve(TIMEOUT), { once: true });
      });
      let outcome: ActionOutcome;
      try {
        const value = await Promise.race([
          Promise.all([
            Promise.resolve().then(() => invoke(current.signal)),
            resultParserPart.load(),
          ]),
          stopped,
        ]);
        if (value === TIMEOUT) {
          current.abort();
          outcome = { kind: 'timeout' };
        } else {
          const result = value[1]?.toWebhookResult(value[0]);
          outcome = result ? { kind: 'result', result } : { kind: 'failed' };
        }
      } catch {
        outcome = { kind: 'failed' };
      } finally {
        clearTimeout(timer);
      }
      if (controller.current === current) controller.current = null;
      if (mounted.current) setState({ running: false, outcome, snapshot });
    },
    [timeoutMs],
  );

  return [state, run] as const;
}
