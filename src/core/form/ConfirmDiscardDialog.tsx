import { useMessengerFormsI18n } from '../context';
import { DiscardDialog, type DiscardDialogProps } from './DiscardDialog';

/** Props of {@link ConfirmDiscardDialog}. @internal */
export type ConfirmDiscardDialogProps = Omit<DiscardDialogProps, 'i18n'>;

/**
 * "Discard changes?" — asked before a dirty form is cancelled or closed, with
 * the texts of the nearest provider. Escape and the backdrop keep editing.
 * (The forms load {@link DiscardDialog} on demand instead.)
 * @internal
 */
export function ConfirmDiscardDialog(props: ConfirmDiscardDialogProps) {
  return <DiscardDialog {...props} i18n={useMessengerFormsI18n()} />;
}
