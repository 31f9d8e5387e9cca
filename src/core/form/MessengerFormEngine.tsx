import { useEffect, useMemo } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { BaseConfig, MessengerDescriptor } from '../descriptor';
import { FieldRow } from './FieldRow';
import { Lazy, lazyPart } from './lazy';
import { resultParserPart } from './useAction';
import {
  useMessengerForm,
  type MessengerFormAction,
  type MessengerFormField,
  type UseMessengerFormProps,
} from './useMessengerForm';

/** Props of the engine: the public form props plus the descriptor. @internal */
export interface MessengerFormEngineProps<C extends BaseConfig> extends UseMessengerFormProps<C> {
  descriptor: MessengerDescriptor<C, string>;
}

// Parts that only show after a user action load on demand (the dialogs, the result alert),
// prefetched before they are needed (see `prefetch`): the first render, on the server
// too, needs none of them.
const webhookDialogPart = /* @__PURE__ */ lazyPart(() => import('./WebhookUrlDialog'));
const discardDialogPart = /* @__PURE__ */ lazyPart(() => import('./DiscardDialog'));
const resultAlertPart = /* @__PURE__ */ lazyPart(() => import('./ActionResultAlert'));

/** The Type field reads as read-only, unlike the outlined fields: filled and muted. */
const READ_ONLY_SX = {
  bgcolor: 'action.hover',
  '&:hover, &.Mui-focused': { bgcolor: 'action.hover' },
} as const;

/**
 * The MUI view of {@link useMessengerForm}: renders a messenger descriptor with MUI.
 * The typed forms are thin wrappers around it.
 * @internal
 */
export function MessengerFormEngine<C extends BaseConfig>(props: MessengerFormEngineProps<C>) {
  const { descriptor, hideActions = false } = props;
  const form = useMessengerForm(descriptor, props);
  const { t, busy, disabled, readOnly, dirty, editing, cancel, back, submitLabel } = form;
  const { actions, typeField, setValue, blur, setStored, discard, webhookDialog } = form;
  const asksUrl = webhookDialog.asks && actions.setWebhook.available;
  const asksDiscard = editing && Boolean(props.onCancel);

  const hasActions = actions.testConnection.available || actions.setWebhook.available;

  // Prefetch: the result alert and the URL dialog shortly after mount and when an action
  // button is pointed at or focused (a result also waits for the network), the discard
  // question once an edit form has changes.
  const prefetch = () => {
    void resultParserPart.load();
    void resultAlertPart.load();
    if (asksUrl) void webhookDialogPart.load();
  };
  useEffect(() => {
    if (!hasActions) return;
    const timer = setTimeout(prefetch, 200);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `prefetch` only reads `asksUrl`
  }, [hasActions, asksUrl]);
  useEffect(() => {
    if (asksDiscard && dirty) void discardDialogPart.load();
  }, [asksDiscard, dirty]);

  const renderField = ({ key, ...field }: MessengerFormField) => (
    <FieldRow
      key={key}
      name={key}
      {...field}
      disabled={disabled || busy}
      readOnly={readOnly}
      onValueChange={setValue}
      onFieldBlur={blur}
      onStoredChange={setStored}
    />
  );

  // The Type field and the action bar stay the same elements while their inputs are
  // unchanged, so React skips them on keystrokes (only the edited FieldRow re-renders).
  const { id: typeId, label: typeLabel, helper: typeHelper, value: typeValue } = typeField;
  const typeElement = useMemo(
    () => (
      <TextField
        id={typeId}
        name="type"
        label={typeLabel}
        value={typeValue}
        helperText={typeHelper}
        fullWidth
        margin="normal"
        disabled={disabled}
        // Reads as read-only, unlike the outlined fields: filled, muted, no underline or hover.
        variant="filled"
        slotProps={{
          input: { readOnly: true, disableUnderline: true, sx: READ_ONLY_SX },
          htmlInput: { readOnly: true },
        }}
      />
    ),
    [typeId, typeLabel, typeValue, typeHelper, disabled],
  );
  const backText = t('form.back');
  const cancelText = t('form.cancel');
  const actionBar = useMemo(
    () =>
      !hideActions && (
        <Stack direction="row" spacing={1} sx={{ mt: 3, justifyContent: 'flex-end' }}>
          {back && (
            <Button onClick={back} disabled={disabled || busy} sx={{ mr: 'auto' }}>
              {backText}
            </Button>
          )}
          {cancel && (
            <Button onClick={cancel} disabled={disabled || busy}>
              {cancelText}
            </Button>
          )}
          {!readOnly && (
            <Button
              type="submit"
              variant="contained"
              loading={busy}
              disabled={disabled || (editing && !dirty)}
            >
              {submitLabel}
            </Button>
          )}
        </Stack>
      ),
    [
      hideActions,
      back,
      backText,
      cancel,
      cancelText,
      editing,
      dirty,
      disabled,
      busy,
      readOnly,
      submitLabel,
    ],
  );

  const actionButton = (name: 'setWebhook' | 'testConnection', action: MessengerFormAction) =>
    action.available && (
      <Button
        key={name}
        variant="outlined"
        // While its request runs the button stays focusable (a disabled button
        // would drop the keyboard focus to the page): aria-disabled, a spinner,
        // and presses are ignored (single flight: `run` does nothing while running).
        onClick={action.run}
        onFocus={prefetch}
        onPointerEnter={prefetch}
        aria-disabled={action.running || undefined}
        className={action.running ? 'Mui-disabled' : undefined}
        startIcon={
          action.running ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined
        }
        disabled={disabled || busy}
      >
        {action.label}
      </Button>
    );
  const [firstField, ...otherFields] = form.fields;

  return (
    <Box component="form" {...form.formProps}>
      {firstField && renderField(firstField)}
      {typeElement}
      {otherFields.map(renderField)}

      {hasActions && (
        <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap' }}>
          {/* Set Webhook first, as in the product. */}
          {actionButton('setWebhook', actions.setWebhook)}
          {actionButton('testConnection', actions.testConnection)}
        </Stack>
      )}
      {(['testConnection', 'setWebhook'] as const).map(
        (name) =>
          actions[name].outcome && (
            <Lazy key={name} part={resultAlertPart} want={actions[name].outcome}>
              {({ ActionResultAlert }) => <ActionResultAlert form={form} action={actions[name]} />}
            </Lazy>
          ),
      )}

      {form.submitError && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {form.submitError}
        </Alert>
      )}

      {actionBar}

      {asksDiscard && (
        <Lazy part={discardDialogPart} want={discard.open} onFail={discard.keep}>
          {({ DiscardDialog }) => (
            <DiscardDialog
              open={discard.open}
              onKeep={discard.keep}
              onDiscard={discard.confirm}
              i18n={form}
            />
          )}
        </Lazy>
      )}

      {webhookDialog.asks && (
        <Lazy part={webhookDialogPart} want={webhookDialog.open} onFail={webhookDialog.close}>
          {({ WebhookUrlDialog }) => (
            <WebhookUrlDialog
              open={webhookDialog.open}
              idPrefix={`${form.formProps.id}-webhook`}
              onClose={webhookDialog.close}
              onConfirm={webhookDialog.confirm}
              rejected={webhookDialog.rejected}
              i18n={form}
            />
          )}
        </Lazy>
      )}
    </Box>
  );
}
