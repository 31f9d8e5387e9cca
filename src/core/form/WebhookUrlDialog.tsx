import { useState, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useMessengerFormsI18n } from '../../i18n/MessengerFormsProvider';
import { parseWebhookUrl } from '../webhookUrl';

/** @internal */
export interface WebhookUrlDialogProps {
  open: boolean;
  idPrefix: string;
  onClose: () => void;
  onConfirm: (webhookUrl: string) => void;
}

/**
 * "Set Webhook" dialog asking for the webhook URL (host and port), for Viber.
 * @internal
 */
export function WebhookUrlDialog({ open, idPrefix, onClose, onConfirm }: WebhookUrlDialogProps) {
  const { t } = useMessengerFormsI18n();
  const [value, setValue] = useState('');
  const [checked, setChecked] = useState(false);
  const parsed = parseWebhookUrl(value);
  const error = checked && !parsed.ok ? t(parsed.error) : undefined;
  const titleId = `${idPrefix}-title`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The dialog is portalled, but React bubbles its submit to the account form.
    event.stopPropagation();
    setChecked(true);
    if (parsed.ok) onConfirm(parsed.url);
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>{t('webhookDialog.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('webhookDialog.description')}</DialogContentText>
          <TextField
            id={`${idPrefix}-url`}
            label={t('webhookDialog.url.label')}
            placeholder="office.yourcompany.com:1234"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            onBlur={() => setChecked(value.trim() !== '')}
            error={Boolean(error)}
            helperText={error ?? t('webhookDialog.url.helper')}
            fullWidth
            margin="normal"
            // The dialog exists to ask for this one value: focus it on open.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            autoComplete="off"
            slotProps={{ htmlInput: { spellCheck: false, inputMode: 'url', required: true } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('webhookDialog.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('webhookDialog.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
