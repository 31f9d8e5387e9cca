import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { describeActionResult } from './describeActionResult';
import type { MessengerFormAction } from './useMessengerForm';

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  p: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** @internal */
export interface ActionResultAlertProps {
  /** The form (texts, locale, secrets to redact). */
  form: Parameters<typeof describeActionResult>[0];
  /** The action whose last outcome to show. */
  action: MessengerFormAction;
}

/**
 * Inline result of Test Connection / Set Webhook (role="alert", so screen
 * readers announce it). Messages are rendered as text; the result's checks are
 * an ordered list, each with its status in words. The texts are
 * `describeActionResult`'s, the ones a headless form shows. The forms load it on
 * demand: a chunk of its own in the package (tsup.config.ts).
 * @internal
 */
export function ActionResultAlert({ form, action }: ActionResultAlertProps) {
  const message = describeActionResult(form, action);
  if (!message) return null;
  const { severity, title, text, checks, details, stale } = message;
  return (
    <Alert severity={severity} variant={stale ? 'outlined' : 'standard'} sx={{ mt: 2 }}>
      <Typography variant="body2" component="p">
        {/* The action's name for screen readers only: the texts already say what was done. */}
        <Box component="span" sx={VISUALLY_HIDDEN}>
          {title}:{' '}
        </Box>
        {text}
      </Typography>
      {checks.length > 0 && (
        // Inside the alert, so the checklist is announced with the result.
        <Box component="ol" sx={{ m: 0 }}>
          {checks.map((check, index) => (
            <li key={index}>
              <Box component="span" sx={{ fontWeight: 'fontWeightMedium' }}>
                {check.label}:{' '}
              </Box>
              {check.text}
            </li>
          ))}
        </Box>
      )}
      {details.length > 0 && (
        <Box
          component="dl"
          sx={{ m: 0, mt: 0.5, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1 }}
        >
          {details.map(({ key, label, value }) => (
            <Box key={key} sx={{ display: 'contents' }}>
              <Box component="dt" sx={{ fontWeight: 'fontWeightMedium' }}>
                {label}
              </Box>
              <Box component="dd" sx={{ m: 0 }}>
                {value}
              </Box>
            </Box>
          ))}
        </Box>
      )}
      {stale && (
        <Typography variant="body2" component="p" sx={{ mt: 0.5 }}>
          {stale}
        </Typography>
      )}
    </Alert>
  );
}
