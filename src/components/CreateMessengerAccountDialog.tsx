import { useEffect, useId, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { MessengerDescriptor } from '../core/descriptor';
import { MessengerFormEngine } from '../core/form/MessengerFormEngine';
import { MESSENGER_DISPLAY_NAMES, type MessengerType } from '../core/messengerTypes';
import type { ConfigOf, MessengerFormProps } from '../core/types';
import { useMessengerFormsI18n } from '../i18n/MessengerFormsProvider';
import { messengerDescriptors } from '../messengers/registry';
import { MessengerTypePicker } from './MessengerTypePicker';

/** Props of {@link CreateMessengerAccountDialog}. */
export interface CreateMessengerAccountDialogProps<
  T extends MessengerType = MessengerType,
> extends Pick<
  MessengerFormProps<ConfigOf<T>>,
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
  onCreate: (config: ConfigOf<T>) => void | Promise<void>;
}

/**
 * Controlled dialog that creates a messenger account: picker (unless `type`
 * is given), then the form of that type.
 * @example
 * <AddMessengerAccountButton onSelect={(t) => { setType(t); setOpen(true); }} />
 * <CreateMessengerAccountDialog open={open} type={type} onClose={() => setOpen(false)} onCreate={save} />
 */
export function CreateMessengerAccountDialog<T extends MessengerType = MessengerType>(
  props: CreateMessengerAccountDialogProps<T>,
) {
  const { open, onClose, type, types, onCreate, ...formProps } = props;
  const { t } = useMessengerFormsI18n();
  const [chosen, setChosen] = useState<T | null>(type ?? null);
  const titleId = `${useId()}-title`;

  // Every opening starts from the given type (or the picker).
  useEffect(() => {
    if (open) setChosen(type ?? null);
  }, [open, type]);

  const title = chosen
    ? t('createDialog.formTitle', { name: MESSENGER_DISPLAY_NAMES[chosen] })
    : t('createDialog.title');

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      {chosen ? (
        <DialogContent>
          <MessengerFormEngine
            key={chosen}
            descriptor={messengerDescriptors[chosen] as MessengerDescriptor<ConfigOf<T>>}
            {...formProps}
            onSubmit={async (config) => {
              await onCreate(config);
              onClose();
            }}
            onCancel={onClose}
            onBack={type ? undefined : () => setChosen(null)}
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
    </Dialog>
  );
}
