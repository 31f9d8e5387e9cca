import { useEffect } from 'react';
import type { AnyMessengerDescriptor } from '../descriptor';
import { isDevelopment } from '../devGuard';

/**
 * Development-time error for a custom messenger whose declared action has no
 * callback (its button would silently be missing). Silent in production.
 * @internal
 */
export function useActionCallbackGuard(
  descriptor: AnyMessengerDescriptor,
  callbacks: { onTestConnection?: unknown; onSetWebhook?: unknown },
): void {
  const missing = [
    descriptor.actions.testConnection && !callbacks.onTestConnection && 'onTestConnection',
    descriptor.actions.setWebhook && !callbacks.onSetWebhook && 'onSetWebhook',
  ].filter(Boolean);
  const report = Boolean(descriptor.requireCallbacks) && missing.length > 0;
  const text = missing.join(', ');
  useEffect(() => {
    if (report && isDevelopment()) {
      console.error(
        `messenger-integration-forms: messenger "${descriptor.type}" (${descriptor.displayName}) declares an action without a callback: pass ${text}, or remove the action from its definition.`,
      );
    }
  }, [report, text, descriptor.type, descriptor.displayName]);
}
