import { useEffect, useRef, useState, type FocusEvent, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { webhookDialogMessages } from '../../i18n/webhookDialog';
import { parseWebhookUrl } from '../webhookUrl';
import { partTexts, type PartI18n } from './partTexts';

/** @internal */
export interface WebhookUrlDialogProps {
  open: boolean;
  idPrefix: string;
  onClose: () => void;
  onConfirm: (webhookUrl: string) => void;
  /**
   * The back end's error about a URL it was given (`field: 'webhookUrl'`),
   * shown on the field while it still holds that URL.
   */
  rejected?: { url: string; message: string };
  /** The form's locale and catalogue (the host's `messages` override the dialog's texts). */
  i18n: PartI18n;
}

/**
 * "Set Webhook" dialog asking for the webhook URL (host and port), for Viber.
 * The forms load it on demand (see `MessengerFormEngine`), with its texts and
 * the URL rules: a chunk of its own in the package (tsup.config.ts).
 * @internal
 */
export function WebhookUrlDialog({
  open,
  idPrefix,
  onClose,
  onConfirm,
  rejected,
  i18n,
}: WebhookUrlDialogProps) {
  const t = partTexts(i18n, webhookDialogMessages);
  const [value, setValue] = useState('');
  const [checked, setChecked] = useState(false);
  const parsed = parseWebhookUrl(value);
  // The value stays between openings, so after a rejection the administrator fixes what they typed.
  const error =
    checked && !parsed.ok
      ? t(parsed.error)
      : parsed.ok && rejected?.url === parsed.url
        ? rejected.message
        : undefined;
  const titleId = `${idPrefix}-title`;

  // Focus goes back to the button that opened the dialog. The dialog restores it
  // when it closes, but Set Webhook is disabled by then (its request is running),
  // so the focus would fall to the page: give it back once the button is enabled.
  const opener = useRef<HTMLElement | null>(null);
  const root = useRef<HTMLElement | null>(null);
  const watcher = useRef<MutationObserver | null>(null);
  useEffect(() => () => watcher.current?.disconnect(), []);
  // The URL field takes the focus on open: the element it took it from opened the dialog.
  const rememberOpener = (event: FocusEvent<HTMLElement>) => {
    root.current = event.currentTarget;
    const from = event.relatedTarget;
    if (!opener.current && from instanceof HTMLElement && !event.currentTarget.contains(from))
      opener.current = from;
  };
  const returnFocus = () => {
    const target = opener.current;
    opener.current = null;
    watcher.current?.disconnect();
    if (!target || !target.isConnected) return;
    // Only when the focus is nowhere useful: still in this closing dialog, on the page,
    // or on a dialog container; never when the user has moved on to another control.
    const lost = () => {
      const active = document.activeElement;
      return (
        !active ||
        active === document.body ||
        Boolean(root.current?.contains(active)) ||
        (active as HTMLElement).tabIndex < 0
      );
    };
    const tryFocus = () => {
      if (!target.isConnected || !lost()) return true;
      if (target.matches(':disabled')) return false;
      target.focus();
      return true;
    };
    if (tryFocus()) return;
    const observer = new MutationObserver(() => {
      if (tryFocus()) observer.disconnect();
    });
    observer.observe(target, { attributes: true, attributeFilter: ['disabled'] });
    watcher.current = observer;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The dialog is portalled, but React bubbles its submit to the account form.
    event.stopPropagation();
    setChecked(true);
    if (parsed.ok) onConfirm(parsed.url);
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      onFocus={rememberOpener}
      slotProps={{ transition: { onExited: returnFocus } }}
    >
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
            // A warning (loopback or private host) never blocks: it shows while typing.
            helperText={
              error ??
              (parsed.ok && parsed.warning ? t(parsed.warning) : t('webhookDialog.url.helper'))
            }
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
