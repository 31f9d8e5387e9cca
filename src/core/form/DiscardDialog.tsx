import { useId } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { discardMessages } from '../../i18n/discard';
import { partTexts, type PartI18n } from './partTexts';

/** Props of {@link DiscardDialog}. @internal */
export interface DiscardDialogProps {
  open: boolean;
  /** The administrator keeps editing (also Escape and backdrop). */
  onKeep: () => void;
  /** The administrator discards the changes. */
  onDiscard: () => void;
  /** The locale and catalogue (the host's `messages` override the dialog's texts). */
  i18n: PartI18n;
}

/**
 * "Discard changes?" — asked before a dirty form is cancelled or closed.
 * Escape and the backdrop keep editing. The forms load it on demand, with its
 * texts: a chunk of its own in the package (tsup.config.ts).
 * @internal
 */
export function DiscardDialog({ open, onKeep, onDiscard, i18n }: DiscardDialogProps) {
  const t = partTexts(i18n, discardMessages);
  const id = useId();
  return (
    <Dialog
      open={open}
      onClose={onKeep}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      maxWidth="xs"
    >
      <DialogTitle id={`${id}-title`}>{t('discard.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id={`${id}-body`}>{t('discard.body')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeep}>{t('discard.keep')}</Button>
        <Button onClick={onDiscard} color="error">
          {t('discard.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
