import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMessengerFormsI18n } from '../context';
import { redactSecrets, resultText } from '../actionResult';
import type { ActionOutcome } from './useAction';

/** @internal */
export interface ActionResultAlertProps {
  outcome: ActionOutcome;
  action: 'testConnection' | 'setWebhook';
  stale: boolean;
  timeoutMs: number;
  secrets: ReadonlyArray<string>;
}

/**
 * Inline result of Test Connection / Set Webhook (role="alert", so screen
 * readers announce it). Messages are rendered as text and secrets redacted;
 * the result's checks are an ordered list, each with its status in words.
 * @internal
 */
export function ActionResultAlert({
  outcome,
  action,
  stale,
  timeoutMs,
  secrets,
}: ActionResultAlertProps) {
  const { t, has } = useMessengerFormsI18n();
  let severity: 'success' | 'error' = 'error';
  let message: string;
  let details: Record<string, string> | undefined;
  if (outcome.kind === 'timeout') {
    message = t('action.timeout', { seconds: Math.round(timeoutMs / 100) / 10 });
  } else if (outcome.kind === 'failed') {
    message = t('action.failed');
  } else if (outcome.result.ok) {
    severity = 'success';
    const url = outcome.result.webhookUrl;
    message =
      resultText(t, has, outcome.result) ??
      (action === 'setWebhook'
        ? url
          ? t('action.setWebhook.okWithUrl', { url })
          : t('action.setWebhook.ok')
        : t('action.testConnection.ok'));
    details = outcome.result.details;
  } else {
    message = resultText(t, has, outcome.result) ?? outcome.result.message;
  }
  const clean = (text: string) => redactSecrets(text, secrets);
  const checks = outcome.kind === 'result' ? outcome.result.checks : undefined;
  return (
    <Alert severity={severity} variant={stale ? 'outlined' : 'standard'} sx={{ mt: 2 }}>
      <Typography variant="body2" component="p">
        <Box component="span" sx={{ fontWeight: 'fontWeightMedium' }}>
          {t(`action.${action}`)}:{' '}
        </Box>
        {clean(message)}
      </Typography>
      {checks && (
        // Inside the alert, so the checklist is announced with the result.
        <Box component="ol" sx={{ m: 0 }}>
          {checks.map((check, index) => (
            <li key={index}>
              <Box component="span" sx={{ fontWeight: 'fontWeightMedium' }}>
                {t(`check.${check.status}`)}:{' '}
              </Box>
              {clean(resultText(t, has, check) ?? check.message)}
            </li>
          ))}
        </Box>
      )}
      {details && Object.keys(details).length > 0 && (
        <Box
          component="dl"
          sx={{ m: 0, mt: 0.5, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1 }}
        >
          {Object.entries(details).map(([key, value]) => (
            <Box key={key} sx={{ display: 'contents' }}>
              <Box component="dt" sx={{ fontWeight: 'fontWeightMedium' }}>
                {clean(has(`detail.${key}`) ? t(`detail.${key}`) : key)}
              </Box>
              <Box component="dd" sx={{ m: 0 }}>
                {clean(value)}
              </Box>
            </Box>
          ))}
        </Box>
      )}
      {stale && (
        <Typography variant="body2" component="p" sx={{ mt: 0.5 }}>
          {t('action.stale')}
        </Typography>
      )}
    </Alert>
  );
}
