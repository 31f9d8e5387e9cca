import { actionResultMessages } from '../../i18n/actionResult';
import { redactSecrets, resultText } from '../actionResult';
import type { ResultParams, WebhookResult } from '../types';
import { partTexts } from './partTexts';
import type {
  MessengerFormAction,
  MessengerFormActionMessage,
  UseMessengerFormResult,
} from './useMessengerForm';

/**
 * The last result of an action as text in the active locale, secrets redacted: what
 * the MUI forms show in their result alert. Undefined before the first run.
 * A separate function (not a field of the hook's result), so forms that render
 * results their own way do not carry it; its texts (`action.testConnection.ok`,
 * `check.*`, `detail.*`, …) come with it, in the form's `locale` (English without
 * one), under the host's `messages`. The MUI forms load it on demand with their
 * result alert.
 * @example
 * ```tsx
 * const message = describeActionResult(form, form.actions.testConnection);
 * {message && <p role="alert">{message.title}: {message.text}</p>}
 * ```
 */
export function describeActionResult(
  form: Pick<UseMessengerFormResult, 't' | 'has' | 'secrets' | 'actionTimeoutMs'> &
    Partial<Pick<UseMessengerFormResult, 'locale'>>,
  { name: action, outcome, stale }: MessengerFormAction,
): MessengerFormActionMessage | undefined {
  if (!outcome) return undefined;
  const { actionTimeoutMs: timeoutMs } = form;
  const t = partTexts({ locale: 'en', ...form }, actionResultMessages);
  const known = (key: string) => form.has(key) || Object.hasOwn(actionResultMessages.en, key);
  const clean = (text: string) => redactSecrets(text, form.secrets);
  const textOf = (item: { message: string; code?: string; params?: ResultParams }) =>
    clean(resultText(t, known, item) ?? item.message);

  const result = outcome.kind === 'result' ? outcome.result : undefined;
  const url = (result as WebhookResult | undefined)?.webhookUrl;
  const checks = result?.checks ?? [];
  const failed = checks.filter((check) => check.status === 'fail').length;
  return {
    severity: result?.ok ? 'success' : 'error',
    title: t(`action.${action}`),
    text: clean(
      // The failing checks are listed (and shown at their fields): a short headline
      // rather than the first of them a third time.
      failed > 0
        ? t('check.summary', { failed, total: checks.length })
        : !result
          ? outcome.kind === 'timeout'
            ? t('action.timeout', { seconds: Math.round(timeoutMs / 100) / 10 })
            : t('action.failed')
          : (resultText(t, known, result) ??
            (action === 'testConnection'
              ? t('action.testConnection.ok')
              : url
                ? t('action.setWebhook.okWithUrl', { url })
                : t('action.setWebhook.ok'))),
    ),
    checks: checks.map((check) => ({
      status: check.status,
      label: t(`check.${check.status}`),
      text: textOf(check),
    })),
    details: Object.entries((result?.ok && result.details) || {}).map(([key, value]) => ({
      key,
      label: clean(known(`detail.${key}`) ? t(`detail.${key}`) : key),
      value: clean(value),
    })),
    stale: stale ? t('action.stale') : undefined,
  };
}
