import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useFormik } from 'formik';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMessengerFormsI18n } from '../context';
import type { BaseConfig, FieldDescriptor, MessengerDescriptor } from '../descriptor';
import type { MessengerFormProps, NoStoredSecrets, ResultParams } from '../types';
import { secretValuesOf } from '../defineMessenger';
import { configOfValues, normalizeValues, validateValues, warningKeys } from '../validation';
import { fieldFailures, redactSecrets, resultText, type FieldFailure } from '../actionResult';
import { ActionResultAlert } from './ActionResultAlert';
import { ConfirmDiscardDialog } from './ConfirmDiscardDialog';
import { FieldRow } from './FieldRow';
import { useAction, type ActionState } from './useAction';
import { WebhookUrlDialog } from './WebhookUrlDialog';

type Values = Record<string, string>;

/** Props of the engine: the public form props plus the descriptor. @internal */
export interface MessengerFormEngineProps<C extends BaseConfig> extends Omit<
  MessengerFormProps<C>,
  'storedSecrets'
> {
  /** Any stored secrets; the callbacks are typed by the public form components. */
  storedSecrets?: ReadonlyArray<string | NoStoredSecrets>;
  descriptor: MessengerDescriptor<C, string>;
  /** Renders a Back button before Cancel (used by the create dialog). */
  onBack?: () => void;
}

const DEFAULT_TIMEOUT_MS = 30_000;

function shallowEqual(a: Values, b: Values): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function initialFormValues<C extends BaseConfig>(
  descriptor: MessengerDescriptor<C, string>,
  initial: Partial<Omit<C, 'type'>> | undefined,
  stored: ReadonlySet<string>,
): Values {
  const values: Values = {};
  const given = (initial ?? {}) as Record<string, unknown>;
  for (const field of descriptor.fields) {
    const v = given[field.key];
    // A stored secret always starts empty: its value never reaches the DOM.
    values[field.key] = typeof v === 'string' && !stored.has(field.key) ? v : '';
  }
  return values;
}

/** The message of a rejected onSubmit, if it is safe and useful to show. */
function reasonOf(error: unknown): string | undefined {
  const message =
    error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
  return message && message.trim() ? message.trim() : undefined;
}

/**
 * What a result shows on fields, kept while the field keeps the tested value:
 * errors of a failure and its failing checks, or warnings of a success.
 */
function actionFieldItems(
  state: ActionState<Values>,
  values: Values,
  warnings?: boolean,
): FieldFailure[] {
  const { outcome, snapshot } = state;
  if (outcome?.kind !== 'result' || !snapshot) return [];
  const { result } = outcome;
  return (warnings ? (result.ok && result.warnings) || [] : fieldFailures(result)).filter(
    ({ field }) => field && field in values && snapshot[field] === values[field],
  );
}

/**
 * The one form engine: renders a messenger descriptor with Formik, Yup and MUI.
 * The typed forms are thin wrappers around it.
 * @internal
 */
export function MessengerFormEngine<C extends BaseConfig>(props: MessengerFormEngineProps<C>) {
  const {
    descriptor,
    initialValues,
    onSubmit,
    onCancel,
    onTestConnection,
    onSetWebhook,
    onChange,
    onBack,
    disabled = false,
    readOnly = false,
    id,
    hideActions = false,
    actionTimeoutMs = DEFAULT_TIMEOUT_MS,
    submitLabel,
    mode = 'create',
    storedSecrets,
  } = props;
  const editing = mode === 'edit';
  const { t, has, locale } = useMessengerFormsI18n(descriptor);
  const autoId = useId();
  const formId = id ?? `messenger-form-${autoId.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const formRef = useRef<HTMLFormElement>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // Latest callbacks, so memoized handlers stay stable across renders.
  const latest = useRef({ onSubmit, onChange, onTestConnection, onSetWebhook });
  latest.current = { onSubmit, onChange, onTestConnection, onSetWebhook };

  // Stored secrets: kept (absent from the config, not required) while empty and not
  // being replaced; a typed value, or Replace, makes them an ordinary required field.
  const storedList = (storedSecrets ?? []) as ReadonlyArray<string>;
  const storedKey = storedList.join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const storedSet = useMemo(() => new Set(storedList), [storedKey]);
  const [replacing, setReplacing] = useState<Readonly<Record<string, boolean>>>({});
  const replacingRef = useRef(replacing);
  replacingRef.current = replacing;
  const keptOf = useCallback(
    (normalizedValues: Values) =>
      descriptor.fields
        .map((field) => field.key)
        .filter(
          (key) =>
            storedSet.has(key) &&
            !replacingRef.current[key] &&
            (normalizedValues[key] ?? '') === '',
        ),
    [descriptor, storedSet],
  );
  const schemas = useMemo(() => new Map<string, typeof descriptor.schema>(), [descriptor]);
  /** Validates normalized values; kept stored secrets are left out of the schema. */
  const validateStored = useCallback(
    (normalizedValues: Values) => {
      const kept = keptOf(normalizedValues);
      if (kept.length === 0) return validateValues(descriptor, normalizedValues);
      const cacheKey = kept.join('\n');
      let schema = schemas.get(cacheKey);
      if (!schema) schemas.set(cacheKey, (schema = descriptor.schema.omit(kept)));
      const rest = { ...normalizedValues };
      for (const key of kept) delete rest[key];
      return validateValues({ ...descriptor, schema }, rest);
    },
    // `replacing` is read through its ref; listed so results follow it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [descriptor, keptOf, schemas, replacing],
  );

  const toConfig = useCallback(
    (values: Values) => {
      // Empty optional fields are left out, like kept stored secrets.
      const config = configOfValues(descriptor, values);
      for (const key of keptOf(values)) delete config[key];
      return config as unknown as C;
    },
    [descriptor, keptOf],
  );

  const formik = useFormik<Values>({
    initialValues: initialFormValues(descriptor, initialValues, storedSet),
    validateOnChange: false,
    validateOnBlur: false,
    validate: (values) => validateStored(normalizeValues(descriptor, values).values),
    onSubmit: async (values, helpers) => {
      const normalized = normalizeValues(descriptor, values).values;
      helpers.setValues(normalized, false);
      helpers.setStatus(undefined);
      try {
        await latest.current.onSubmit(toConfig(normalized));
      } catch (error) {
        // Never rethrow: Formik would log the error, and it may carry secrets.
        if (mounted.current) helpers.setStatus({ submitError: true, reason: reasonOf(error) });
      }
    },
  });
  const { values, touched, isSubmitting, setFieldValue, setFieldTouched, setTouched } = formik;

  // Validation is synchronous and derived from the values: one commit per keystroke.
  const normalized = useMemo(
    () => normalizeValues(descriptor, values).values,
    [descriptor, values],
  );
  // Lazy: a fresh form shows no errors, so the first render (and typing into an untouched
  // form) skips the schema; whatever reads the errors computes them once per values.
  const errorsOf = useMemo(() => {
    let cached: ReturnType<typeof validateValues> | undefined;
    return () => (cached ??= validateStored(normalized));
  }, [validateStored, normalized]);
  const warnings = useMemo(() => warningKeys(descriptor, normalized), [descriptor, normalized]);
  const isValid = () => Object.keys(errorsOf()).length === 0;

  useEffect(() => {
    latest.current.onChange?.({
      values: values as Partial<C>,
      valid: isValid(),
      dirty: formik.dirty,
    });
    // Report once per change of the values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values]);

  const testAction = useAction<Values>(actionTimeoutMs);
  const webhookAction = useAction<Values>(actionTimeoutMs);
  const [webhookDialogOpen, setWebhookDialogOpen] = useState(false);
  const lastWebhookUrl = useRef<string | undefined>(undefined);

  const onValueChange = useCallback(
    (name: string, value: string) => void setFieldValue(name, value, false),
    [setFieldValue],
  );
  // Replace (clear, require a new value) or Keep stored (clear, keep the stored value).
  const onStoredChange = useCallback(
    (name: string, replace: boolean) => {
      setReplacing((current) => ({ ...current, [name]: replace }));
      void setFieldValue(name, '', false);
    },
    [setFieldValue],
  );
  const dirty = formik.dirty;
  const [confirmOpen, setConfirmOpen] = useState(false);
  // A dirty edit form asks before Cancel discards the changes.
  const requestCancel = useMemo(
    () =>
      onCancel &&
      (() => {
        if (editing && dirty) setConfirmOpen(true);
        else onCancel();
      }),
    [onCancel, editing, dirty],
  );
  const normalizers = useMemo(() => {
    const map: Record<string, FieldDescriptor<C, string>['normalize']> = {};
    for (const field of descriptor.fields) map[field.key] = field.normalize;
    return map;
  }, [descriptor]);
  const onFieldBlur = useCallback(
    (name: string, current: string) => {
      // Normalize what the input holds now: the last render's values may be
      // older (a fast typist or a slow machine), and writing them back would lose keys.
      const clean = normalizers[name]?.(current) ?? current;
      if (clean !== current) void setFieldValue(name, clean, false);
      void setFieldTouched(name, true, false);
    },
    [normalizers, setFieldValue, setFieldTouched],
  );

  const focusFirstInvalid = (fieldErrors: Record<string, unknown>) => {
    const first = descriptor.fields.find((field) => fieldErrors[field.key]);
    if (first) formRef.current?.querySelector<HTMLInputElement>(`[name="${first.key}"]`)?.focus();
  };

  /** Validates before an action; shows the errors and returns null when invalid. */
  const prepare = (): Values | null => {
    if (!isValid()) {
      const all: Record<string, boolean> = {};
      for (const field of descriptor.fields) all[field.key] = true;
      void setTouched(all, false);
      focusFirstInvalid(errorsOf());
      return null;
    }
    void formik.setValues(normalized, false);
    return normalized;
  };

  const runTest = () => {
    const ready = prepare();
    const callback = latest.current.onTestConnection;
    if (!ready || !callback) return;
    void testAction[1](ready, (signal) => callback(toConfig(ready), { signal, locale }));
  };
  const runWebhook = (webhookUrl?: string) => {
    lastWebhookUrl.current = webhookUrl;
    const ready = prepare();
    const callback = latest.current.onSetWebhook;
    if (!ready || !callback) return;
    void webhookAction[1](ready, (signal) =>
      callback(
        toConfig(ready),
        webhookUrl === undefined ? { signal, locale } : { signal, locale, webhookUrl },
      ),
    );
  };
  const pressWebhook = () => {
    if (!descriptor.actions.setWebhook?.askUrl) return runWebhook();
    if (prepare()) setWebhookDialogOpen(true);
  };

  const secrets = [
    ...secretValuesOf(descriptor, normalized),
    ...secretValuesOf(descriptor, values),
  ];
  const fieldErrorsFromAction = [testAction[0], webhookAction[0]].flatMap((state) =>
    actionFieldItems(state, normalized),
  );
  const actionWarnings = [testAction[0], webhookAction[0]].flatMap((state) =>
    actionFieldItems(state, normalized, true),
  );
  const textOf = (item: { message: string; code?: string; params?: ResultParams }) =>
    redactSecrets(resultText(t, has, item) ?? item.message, secrets);
  // A Set Webhook failure on the URL: shown again in the dialog, on the URL that was sent.
  const webhookOutcome = webhookAction[0].outcome;
  const webhookUrlRejection =
    webhookOutcome?.kind === 'result' &&
    !webhookOutcome.result.ok &&
    webhookOutcome.result.field === 'webhookUrl' &&
    lastWebhookUrl.current
      ? { url: lastWebhookUrl.current, message: textOf(webhookOutcome.result) }
      : undefined;

  const showTest = descriptor.actions.testConnection && Boolean(onTestConnection) && !readOnly;
  const showWebhook = Boolean(descriptor.actions.setWebhook) && Boolean(onSetWebhook) && !readOnly;
  const busy = isSubmitting;
  const status = formik.status as { submitError?: boolean; reason?: string } | undefined;

  const kept = keptOf(normalized);
  const renderField = (field: FieldDescriptor<C, string>): ReactNode => {
    const key = field.key;
    const stored = storedSet.has(key) ? (kept.includes(key) ? 'kept' : 'replacing') : undefined;
    const show = touched[key] === true;
    const errorKey = show ? errorsOf()[key] : undefined;
    const error = errorKey ? t(errorKey) : undefined;
    const failure = fieldErrorsFromAction.find((e) => e.field === key);
    const fromAction = failure ? textOf(failure) : undefined;
    const actionWarning = actionWarnings.find((w) => w.field === key);
    const warning = actionWarning
      ? textOf(actionWarning)
      : warnings[key] && stored !== 'kept' && (show || values[key] === formik.initialValues[key])
        ? t(warnings[key])
        : undefined;
    return (
      <FieldRow
        key={key}
        name={key}
        kind={field.kind}
        inputId={`${formId}-${key}`}
        label={t(field.label)}
        helper={t(field.helper)}
        value={values[key] ?? ''}
        error={error ?? fromAction}
        warning={warning}
        disabled={disabled || busy}
        readOnly={readOnly}
        onValueChange={onValueChange}
        onFieldBlur={onFieldBlur}
        stored={stored}
        onStoredChange={onStoredChange}
        optional={field.optional}
      />
    );
  };

  const [firstField, ...otherFields] = descriptor.fields;
  // The Type field and the action bar stay the same elements while their inputs are
  // unchanged, so React skips them on keystrokes (only the edited FieldRow re-renders).
  const typeField = useMemo(
    () => (
      <TextField
        id={`${formId}-type`}
        name="type"
        label={t('field.type.label')}
        value={descriptor.displayName}
        helperText={t('field.type.helper')}
        fullWidth
        margin="normal"
        disabled={disabled}
        slotProps={{ htmlInput: { readOnly: true } }}
      />
    ),
    [formId, t, descriptor.displayName, disabled],
  );
  const actionBar = useMemo(
    () =>
      !hideActions && (
        <Stack direction="row" spacing={1} sx={{ mt: 3, justifyContent: 'flex-end' }}>
          {onBack && (
            <Button onClick={onBack} disabled={disabled || busy} sx={{ mr: 'auto' }}>
              {t('form.back')}
            </Button>
          )}
          {requestCancel && (
            <Button onClick={requestCancel} disabled={disabled || busy}>
              {t('form.cancel')}
            </Button>
          )}
          {!readOnly && (
            <Button
              type="submit"
              variant="contained"
              loading={busy}
              disabled={disabled || (editing && !dirty)}
            >
              {submitLabel ?? t('form.save')}
            </Button>
          )}
        </Stack>
      ),
    [hideActions, onBack, requestCancel, disabled, busy, readOnly, submitLabel, t, editing, dirty],
  );
  // Set Webhook first, as in the product.
  const actionButtons = [
    {
      action: 'setWebhook' as const,
      show: showWebhook,
      onClick: pressWebhook,
      state: webhookAction[0],
    },
    { action: 'testConnection' as const, show: showTest, onClick: runTest, state: testAction[0] },
  ];
  const outcomes = [
    { action: 'testConnection' as const, state: testAction[0] },
    { action: 'setWebhook' as const, state: webhookAction[0] },
  ];

  return (
    <Box
      component="form"
      ref={formRef}
      id={formId}
      noValidate
      aria-label={t('form.label', { name: descriptor.displayName })}
      aria-busy={busy || undefined}
      onSubmit={(event) => {
        event.preventDefault();
        // An unchanged edit form has nothing to save.
        if (readOnly || disabled || busy || (editing && !dirty)) return;
        // Validate here, synchronously: errors and focus land before the next key,
        // never later (a late focus jump would move the user's typing to another field).
        if (prepare()) formik.handleSubmit(event);
      }}
      onReset={formik.handleReset}
    >
      {firstField && renderField(firstField)}
      {typeField}
      {otherFields.map(renderField)}

      {(showTest || showWebhook) && (
        <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap' }}>
          {actionButtons.map(
            ({ action, show, onClick, state }) =>
              show && (
                <Button
                  key={action}
                  variant="outlined"
                  // While its request runs the button stays focusable (a disabled button
                  // would drop the keyboard focus to the page): aria-disabled, a spinner,
                  // and presses are ignored (single flight).
                  onClick={state.running ? undefined : onClick}
                  aria-disabled={state.running || undefined}
                  className={state.running ? 'Mui-disabled' : undefined}
                  startIcon={
                    state.running ? (
                      <CircularProgress size={16} color="inherit" aria-hidden />
                    ) : undefined
                  }
                  disabled={disabled || busy}
                >
                  {t(state.running ? `action.${action}.running` : `action.${action}`)}
                </Button>
              ),
          )}
        </Stack>
      )}
      {outcomes.map(
        ({ action, state }) =>
          state.outcome && (
            <ActionResultAlert
              key={action}
              action={action}
              outcome={state.outcome}
              stale={Boolean(state.snapshot) && !shallowEqual(state.snapshot as Values, normalized)}
              timeoutMs={actionTimeoutMs}
              secrets={secrets}
            />
          ),
      )}

      {status?.submitError && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {status.reason
            ? t('form.saveFailedWithReason', { reason: redactSecrets(status.reason, secrets) })
            : t('form.saveFailed')}
        </Alert>
      )}

      {actionBar}

      {editing && onCancel && (
        <ConfirmDiscardDialog
          open={confirmOpen}
          onKeep={() => setConfirmOpen(false)}
          onDiscard={() => {
            setConfirmOpen(false);
            setReplacing({});
            formik.resetForm();
            onCancel();
          }}
        />
      )}

      {descriptor.actions.setWebhook?.askUrl && (
        <WebhookUrlDialog
          open={webhookDialogOpen}
          idPrefix={`${formId}-webhook`}
          onClose={() => setWebhookDialogOpen(false)}
          onConfirm={(url) => {
            setWebhookDialogOpen(false);
            runWebhook(url);
          }}
          rejected={webhookUrlRejection}
        />
      )}
    </Box>
  );
}
