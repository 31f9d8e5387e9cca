import { useId } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useMessengerFormsI18n } from '../context';

/** Props of {@link ConfirmDiscardDialog}. @internal */
export interface ConfirmDiscardDialogProps {
  open: boolean;
  /** The administrator keeps editing (also Escape and backdrop). */
  onKeep: () => void;
  /** The administrator discards the changes. */
  onDiscard: () => void;
}

/**
 * "Discard changes?" — asked before a dirty form is cancelled or closed.
 * Escape and the backdrop keep editing.
 * @internal
 */
export function ConfirmDiscardDialog({ open, onKeep, onDiscard }: ConfirmDiscardDialogProps) {
  const { t } = useMessengerFormsI18n();
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
