import { useEffect, useId, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { MessengerDescriptor } from '../core/descriptor';
import type { ConfigOfType } from '../messengers/types';
import { ConfirmDiscardDialog } from '../core/form/ConfirmDiscardDialog';
import { MessengerFormEngine } from '../core/form/MessengerFormEngine';
import type { MessengerType } from '../messengers/builtIns';
import type { MessengerFormProps } from '../messengers/types';
import { useMessengerFormsI18n } from '../core/context';
import { useMessengerRegistry } from '../messengers/useRegistry';
import { MessengerTypePicker } from './MessengerTypePicker';

/** Props of {@link CreateMessengerAccountDialog}. */
export interface CreateMessengerAccountDialogProps<T extends string = MessengerType> extends Pick<
  MessengerFormProps<ConfigOfType<T>>,
  'onTestConnection' | 'onSetWebhook' | 'actionTimeoutMs' | 'submitLabel'
> {
  /** If `true`, the dialog is open. */
  open: boolean;
  /** Callback fired when the dialog asks to close: Cancel, Escape, or after a successful create. */
  onClose: () => void;
  /** Type of the account to create. Absent: the dialog shows the type picker first, with Back from the form. */
  type?: T;
  /**
   * Types offered by the picker, in this order.
   * @default all types
   */
  types?: ReadonlyArray<T>;
  /**
   * Callback fired with the validated, normalized config when the administrator saves.
   * When the promise resolves the dialog calls `onClose()`; when it rejects the
   * form keeps its values and shows the error.
   */
  onCreate: (config: ConfigOfType<T>) => void | Promise<void>;
}

/**
 * Controlled dialog that creates a messenger account: picker (unless `type`
 * is given), then the form of that type.
 * @example
 * <AddMessengerAccountButton onSelect={(t) => { setType(t); setOpen(true); }} />
 * <CreateMessengerAccountDialog open={open} type={type} onClose={() => setOpen(false)} onCreate={save} />
 */
export function CreateMessengerAccountDialog<T extends string = MessengerType>(
  props: CreateMessengerAccountDialogProps<T>,
) {
  const { open, onClose, type, types, onCreate, ...formProps } = props;
  const { t } = useMessengerFormsI18n();
  const [chosen, setChosen] = useState<T | null>(type ?? null);
  const titleId = `${useId()}-title`;

  // Unsaved input in the form: closing (Cancel, Escape, backdrop) asks first.
  const [dirty, setDirty] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const requestClose = () => {
    if (dirty) setConfirmOpen(true);
    else onClose();
  };

  // Every opening starts from the given type (or the picker).
  useEffect(() => {
    if (open) setChosen(type ?? null);
    setDirty(false);
    setConfirmOpen(false);
  }, [open, type]);

  const registry = useMessengerRegistry();
  // An id nobody registered falls back to the picker.
  const descriptor = chosen ? registry.get(chosen) : undefined;
  const title = descriptor
    ? t('createDialog.formTitle', { name: descriptor.displayName })
    : t('createDialog.title');

  return (
    <Dialog open={open} onClose={requestClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      {chosen && descriptor ? (
        <DialogContent>
          <MessengerFormEngine
            key={chosen}
            descriptor={descriptor as unknown as MessengerDescriptor<ConfigOfType<T>, string>}
            {...formProps}
            onSubmit={async (config) => {
              await onCreate(config);
              onClose();
            }}
            onCancel={requestClose}
            onChange={(state) => setDirty(state.dirty)}
            onBack={
              type
                ? undefined
                : () => {
                    setDirty(false);
                    setChosen(null);
                  }
            }
          />
        </DialogContent>
      ) : (
        <>
          <DialogContent sx={{ px: 1 }}>
            <MessengerTypePicker types={types} onSelect={(picked) => setChosen(picked as T)} />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('form.cancel')}</Button>
          </DialogActions>
        </>
      )}
      <ConfirmDiscardDialog
        open={open && confirmOpen}
        onKeep={() => setConfirmOpen(false)}
        onDiscard={() => {
          setConfirmOpen(false);
          setDirty(false);
          onClose();
        }}
      />
    </Dialog>
  );
}
