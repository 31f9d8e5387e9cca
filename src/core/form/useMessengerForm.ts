import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type RefObject,
} from 'react';
import { useFormik } from 'formik';
import { useMessengerFormsI18n, type MessengerFormsLocale } from '../context';
import type { BaseConfig, FieldKind, MessengerDescriptor } from '../descriptor';
import type {
  ActionCheckStatus,
  MessengerFormProps,
  NoStoredSecrets,
  ResultParams,
} from '../types';
import { secretValuesOf } from '../defineMessenger';
import { configOfValues, normalizeValues, validateValues, warningKeys } from '../validation';
import { fieldFailures, redactSecrets, resultText, type FieldFailure } from '../actionResult';
import { useAction, type ActionOutcome, type ActionState } from './useAction';

type Values = Record<string, string>;

/** Translates a catalogue key (or literal text) in the active locale, filling `{name}`s. */
export type MessengerFormTranslate = (
  key: string,
  params?: Readonly<Record<string, string | number>>,
) => string;
type Translate = MessengerFormTranslate;

/**
 * Props of {@link useMessengerForm}: the props of the typed forms. Stored secrets are
 * any field keys here; the typed forms narrow them.
 */
export interface UseMessengerFormProps<C extends BaseConfig> extends Omit<
  MessengerFormProps<C>,
  'storedSecrets'
> {
  /**
   * Secret fields the host has stored: they start empty, are left out of the config
   * while empty, and are required again once the user chooses Replace.
   * @default []
   */
  storedSecrets?: ReadonlyArray<string | NoStoredSecrets>;
  /** Offers a Back action (used by the create dialog). */
  onBack?: () => void;
}

/** One field of the form, with its texts resolved in the active locale. */
export interface MessengerFormField {
  /** Config key the field edits; also the input's `name`. */
  key: string;
  /** Plain text, masked secret, or secret with Generate and Copy. */
  kind: FieldKind;
  /** A unique id for the input (labels and descriptions can point at it). */
  inputId: string;
  /** The label, translated. */
  label: string;
  /** The helper text, translated. */
  helper: string;
  /** The value as typed (normalized on blur and on submit). */
  value: string;
  /** The error to show (a validation error of a touched field, or an action's field error). */
  error?: string;
  /** A soft warning to show; never blocks submit. */
  warning?: string;
  /** A stored secret: `kept` (empty, the stored value stays) or `replacing`. */
  stored?: 'kept' | 'replacing';
  /** An optional field (may stay empty; left out of the config when empty). */
  optional?: boolean;
}

/** The outcome of one run of Test Connection or Set Webhook. */
export type MessengerFormActionOutcome = ActionOutcome;

/** The result of an action as text, ready to show (secrets redacted as •••). */
export interface MessengerFormActionMessage {
  /** `success` for an ok result, `error` otherwise. */
  severity: 'success' | 'error';
  /** The action's name, e.g. "Test Connection". */
  title: string;
  /** The result's message in the active locale. */
  text: string;
  /** What was checked, in order: each check's status in words and its text. */
  checks: ReadonlyArray<{ status: ActionCheckStatus; label: string; text: string }>;
  /** Labelled details of a successful result. */
  details: ReadonlyArray<{ key: string; label: string; value: string }>;
  /** The values changed since the action ran: the note to show, else undefined. */
  stale?: string;
}

/** Test Connection or Set Webhook, as the form offers it. */
export interface MessengerFormAction {
  /** Whether the form offers the action (the descriptor declares it and a callback is given). */
  available: boolean;
  /** Button text in the active locale ("Testing…" while running). */
  label: string;
  /** A call is in flight: further presses are ignored. */
  running: boolean;
  /** Validates, then runs the action (Set Webhook with `askUrl` opens the URL dialog first). */
  run: () => void;
  /** The last outcome, or null. */
  outcome: MessengerFormActionOutcome | null;
  /** The values changed since the outcome. */
  stale: boolean;
  /** Which action this is. */
  name: 'testConnection' | 'setWebhook';
}

/** What {@link useMessengerForm} returns: state, texts and handlers; no markup. */
export interface UseMessengerFormResult {
  /** Spread on the `<form>` element. */
  formProps: {
    id: string;
    ref: RefObject<HTMLFormElement | null>;
    noValidate: true;
    'aria-label': string;
    'aria-busy'?: true;
    onSubmit: (event?: FormEvent) => void;
    onReset: (event?: FormEvent) => void;
  };
  /** The read-only Type field (name `type`), shown second. */
  typeField: { id: string; label: string; helper: string; value: string };
  /** The fields in display order. */
  fields: ReadonlyArray<MessengerFormField>;
  /** Sets a field's value (from an input's change event). Stable. */
  setValue: (key: string, value: string) => void;
  /** Normalizes a field and marks it touched; pass the input's current value. Stable. */
  blur: (key: string, current: string) => void;
  /** Replace (true) or Keep stored (false) of a stored secret. Stable. */
  setStored: (key: string, replacing: boolean) => void;
  /** Test Connection and Set Webhook. */
  actions: { testConnection: MessengerFormAction; setWebhook: MessengerFormAction };
  /** The message of a failed save, or undefined. */
  submitError?: string;
  /** Save is running: inputs and buttons are disabled. */
  busy: boolean;
  /** The values differ from the initial values. */
  dirty: boolean;
  /** `mode="edit"`. */
  editing: boolean;
  /** The `disabled` prop. */
  disabled: boolean;
  /** The `readOnly` prop. */
  readOnly: boolean;
  /** Save may be pressed (not busy, not disabled, and in edit mode something changed). */
  canSubmit: boolean;
  /** The Save button's text. */
  submitLabel: string;
  /** Cancel (asks first in a dirty edit form), or undefined without `onCancel`. */
  cancel?: () => void;
  /** The `onBack` prop. */
  back?: () => void;
  /** The "Discard changes?" question of a dirty edit form. */
  discard: { open: boolean; keep: () => void; confirm: () => void };
  /** The webhook URL question of a messenger whose Set Webhook asks for a URL. */
  webhookDialog: {
    /** The descriptor asks for a URL. */
    asks: boolean;
    open: boolean;
    close: () => void;
    confirm: (url: string) => void;
    /** The last URL the provider rejected, with its message. */
    rejected?: { url: string; message: string };
  };
  /** The current secret values: redact them from anything shown. */
  secrets: ReadonlyArray<string>;
  /** The `actionTimeoutMs` prop. */
  actionTimeoutMs: number;
  /** Translates a catalogue key in the active locale. */
  t: Translate;
  /** Whether the active catalogue (or a custom messenger's `messages`) has `key`. */
  has: (key: string) => boolean;
  /** The active locale (`locale` of `MessengerFormsProvider`). */
  locale: MessengerFormsLocale;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const has = Object.hasOwn as (object: object, key: PropertyKey) => boolean;

function shallowEqual(a: Values, b: Values): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** A host value as the input shows it: strings as they are, finite numbers as text. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : Number.isFinite(value) ? String(value) : '';
}

function initialFormValues(
  fields: ReadonlyArray<{ key: string }>,
  initial: object | undefined,
  stored: ReadonlySet<string>,
): Values {
  const values: Values = {};
  const given = (initial ?? {}) as Record<string, unknown>;
  for (const { key } of fields) {
    // A stored secret always starts empty: its value never reaches the DOM.
    values[key] = has(given, key) && !stored.has(key) ? asText(given[key]) : '';
  }
  return values;
}

/**
 * The message of a rejected onSubmit, if it is a non-empty string. Reading it may
 * throw (a hostile getter): then there is none.
 */
function reasonOf(error: unknown): string | undefined {
  try {
    const message: unknown = error instanceof Error ? error.message : error;
    return (typeof message === 'string' && message.trim()) || undefined;
  } catch {
    return undefined;
  }
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
    ({ field }) => field && has(values, field) && snapshot[field] === values[field],
  );
}

/**
 * The headless messenger form: values, normalization, validation, warnings, Test
 * Connection / Set Webhook and submit for one messenger descriptor, with no markup.
 * The library's MUI forms render it; render it with any components you like.
 *
 * Formik holds the values, touched fields and the submit lifecycle. Each field is
 * normalized on blur; on submit (and before an action) the values are normalized
 * and validated once. Host callbacks are isolated: a throwing or rejecting
 * callback never unmounts the form nor logs anything.
 *
 * Use it inside `MessengerFormsProvider` (for the locale, and for custom types
 * registered there).
 *
 * @example
 * ```tsx
 * import { messengerDescriptors, useMessengerForm } from 'messenger-integration-forms';
 *
 * function PlainLineForm(props: { onSubmit: (config: LineConfig) => void }) {
 *   const form = useMessengerForm(messengerDescriptors.line, props);
 *   return (
 *     <form {...form.formProps}>
 *       {form.fields.map((f) => (
 *         <p key={f.key}>
 *           <label htmlFor={f.inputId}>{f.label}</label>
 *           <input
 *             id={f.inputId}
 *             name={f.key}
 *             type={f.kind === 'text' ? 'text' : 'password'}
 *             value={f.value}
 *             aria-invalid={Boolean(f.error)}
 *             onChange={(e) => form.setValue(f.key, e.target.value)}
 *             onBlur={(e) => form.blur(f.key, e.target.value)}
 *           />
 *           <small>{f.error ?? f.warning ?? f.helper}</small>
 *         </p>
 *       ))}
 *       <button type="submit" disabled={!form.canSubmit}>{form.submitLabel}</button>
 *     </form>
 *   );
 * }
 * ```
 */
export function useMessengerForm<C extends BaseConfig>(
  descriptor: MessengerDescriptor<C, string>,
  props: UseMessengerFormProps<C>,
): UseMessengerFormResult {
  const {
    initialValues,
    onCancel,
    onTestConnection,
    onSetWebhook,
    onBack,
    disabled = false,
    readOnly = false,
    id,
    actionTimeoutMs = DEFAULT_TIMEOUT_MS,
    submitLabel,
    mode = 'create',
    storedSecrets,
  } = props;
  const editing = mode === 'edit';
  const { t, has: known, locale } = useMessengerFormsI18n(descriptor);
  const autoId = useId();
  const formId = id ?? `messenger-form-${autoId.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const formRef = useRef<HTMLFormElement>(null);

  // Latest props, so the stable handlers below always call the current callbacks.
  const latest = useRef(props);
  latest.current = props;

  // Stored secrets: kept (absent from the config, not required) while empty and not
  // being replaced; a typed value, or Replace, makes them an ordinary required field.
  const storedKey = ((storedSecrets ?? []) as ReadonlyArray<string>).join('\n');
  const storedSet = useMemo(() => new Set(storedKey ? storedKey.split('\n') : []), [storedKey]);
  const [ui, setUi] = useState({
    replacing: {} as Readonly<Record<string, boolean>>,
    confirmOpen: false,
    webhookDialogOpen: false,
  });
  const { replacing } = ui;
  const patchUi = (patch: Partial<typeof ui>) => setUi((current) => ({ ...current, ...patch }));

  const formik = useFormik<Values>({
    initialValues: initialFormValues(descriptor.fields, initialValues, storedSet),
    onSubmit: async (values, helpers) => {
      helpers.setStatus(undefined);
      try {
        await latest.current.onSubmit(toConfig(values));
      } catch (error) {
        // Never rethrow: Formik would log the error, and it may carry secrets.
        // The values it was about stay redacted after the fields change.
        helpers.setStatus({ submitError: true, reason: reasonOf(error), values });
      }
    },
  });
  const { values, touched, isSubmitting: busy, dirty, setFieldValue, setFieldTouched } = formik;

  const keptOf = (clean: Values) =>
    descriptor.fields
      .map((field) => field.key)
      .filter((key) => storedSet.has(key) && !replacing[key] && (clean[key] ?? '') === '');
  function toConfig(clean: Values): C {
    // Empty optional fields are left out, like kept stored secrets.
    const config = configOfValues(descriptor, clean);
    for (const key of keptOf(clean)) delete config[key];
    return config as unknown as C;
  }

  // Normalized once per change of the values; values written back by submit or by an
  // action are already normalized and are not normalized again.
  const lastNormalized = useRef<Values | null>(null);
  const normalized = useMemo(() => {
    if (values === lastNormalized.current) return values;
    return normalizeValues(descriptor, values).values;
  }, [descriptor, values]);
  const kept = keptOf(normalized);
  const keptKey = kept.join('\n');
  // Errors are computed lazily: a fresh or untouched form never runs the schema.
  const errorsOf = useMemo(() => {
    let cached: ReturnType<typeof validateValues> | undefined;
    return () => {
      if (cached) return cached;
      const omitted = keptKey ? keptKey.split('\n') : [];
      if (omitted.length === 0) return (cached = validateValues(descriptor, normalized));
      const rest = { ...normalized };
      for (const key of omitted) delete rest[key];
      return (cached = validateValues(
        { ...descriptor, schema: descriptor.schema.omit(omitted) },
        rest,
      ));
    };
  }, [descriptor, normalized, keptKey]);
  const warnings = useMemo(() => warningKeys(descriptor, normalized), [descriptor, normalized]);

  // onChange once per change of the values; a throwing host callback is isolated.
  const reported = useRef<Values | null>(null);
  useEffect(() => {
    if (reported.current === values) return;
    reported.current = values;
    try {
      latest.current.onChange?.({
        values: values as Partial<C>,
        valid: Object.keys(errorsOf()).length === 0,
        dirty,
      });
    } catch {
      // The host's bug: the form keeps working and logs nothing (it may hold secrets).
    }
  }, [values, dirty, errorsOf]);

  const [testState, runTestAction] = useAction<Values>(actionTimeoutMs);
  const [webhookState, runWebhookAction] = useAction<Values>(actionTimeoutMs);
  const lastWebhookUrl = useRef<string | undefined>(undefined);

  const setValue = useCallback(
    (key: string, value: string) => void setFieldValue(key, value, false),
    [setFieldValue],
  );
  const setStored = useCallback(
    (key: string, replace: boolean) => {
      setUi((current) => ({ ...current, replacing: { ...current.replacing, [key]: replace } }));
      void setFieldValue(key, '', false);
    },
    [setFieldValue],
  );
  const blur = useCallback(
    (key: string, current: string) => {
      // Normalize what the input holds now: the last render's values may be
      // older (a fast typist or a slow machine), and writing them back would lose keys.
      const field = descriptor.fields.find((f) => f.key === key);
      const clean = field ? field.normalize(current) : current;
      if (clean !== current) void setFieldValue(key, clean, false);
      void setFieldTouched(key, true, false);
    },
    [descriptor, setFieldValue, setFieldTouched],
  );

  /** Validates before submit or an action; shows the errors and returns null when invalid. */
  const prepare = (): Values | null => {
    const errors = errorsOf();
    const first = descriptor.fields.find((field) => has(errors, field.key));
    if (first) {
      const all: Record<string, boolean> = {};
      for (const field of descriptor.fields) all[field.key] = true;
      void formik.setTouched(all, false);
      formRef.current?.querySelector<HTMLInputElement>(`[name="${first.key}"]`)?.focus();
      return null;
    }
    if (normalized !== values) {
      lastNormalized.current = normalized;
      void formik.setValues(normalized, false);
    }
    return normalized;
  };

  const runTest = () => {
    const ready = prepare();
    const callback = latest.current.onTestConnection;
    if (!ready || !callback) return;
    void runTestAction(ready, (signal) => callback(toConfig(ready), { signal, locale }));
  };
  const runWebhook = (webhookUrl?: string) => {
    lastWebhookUrl.current = webhookUrl;
    const ready = prepare();
    const callback = latest.current.onSetWebhook;
    if (!ready || !callback) return;
    void runWebhookAction(ready, (signal) =>
      callback(
        toConfig(ready),
        webhookUrl === undefined ? { signal, locale } : { signal, locale, webhookUrl },
      ),
    );
  };
  const asksUrl = Boolean(descriptor.actions.setWebhook?.askUrl);
  const pressWebhook = () => {
    if (!asksUrl) return runWebhook();
    if (prepare()) patchUi({ webhookDialogOpen: true });
  };

  const status = formik.status as
    { submitError?: boolean; reason?: string; values?: Values } | undefined;
  // Every secret value a shown text may be about: the current ones, and those the
  // results and the save error were produced with (a cleared or replaced field
  // must not reveal the old token echoed in a result).
  const secrets = [
    normalized,
    values,
    testState.snapshot,
    webhookState.snapshot,
    status?.values,
  ].flatMap((held) => (held ? secretValuesOf(descriptor, held) : []));
  const clean = (text: string) => redactSecrets(text, secrets);
  const textOf = (item: { message: string; code?: string; params?: ResultParams }) =>
    clean(resultText(t, known, item) ?? item.message);
  const fieldErrorsFromAction = [testState, webhookState].flatMap((state) =>
    actionFieldItems(state, normalized),
  );
  const actionWarnings = [testState, webhookState].flatMap((state) =>
    actionFieldItems(state, normalized, true),
  );

  const fields = descriptor.fields.map((field): MessengerFormField => {
    const key = field.key;
    const stored = storedSet.has(key) ? (kept.includes(key) ? 'kept' : 'replacing') : undefined;
    const shown = touched[key] === true;
    const errors = shown ? errorsOf() : undefined;
    const errorKey = errors && has(errors, key) ? errors[key] : undefined;
    const failure = fieldErrorsFromAction.find((e) => e.field === key);
    const actionWarning = actionWarnings.find((w) => w.field === key);
    const softKey = has(warnings, key) ? warnings[key] : undefined;
    return {
      key,
      kind: field.kind,
      inputId: `${formId}-${key}`,
      label: t(field.label),
      helper: t(field.helper),
      value: values[key] ?? '',
      error: errorKey ? t(errorKey) : failure ? textOf(failure) : undefined,
      warning: actionWarning
        ? textOf(actionWarning)
        : softKey && stored !== 'kept' && (shown || values[key] === formik.initialValues[key])
          ? t(softKey)
          : undefined,
      stored,
      optional: field.optional,
    };
  });

  const actionOf = (
    action: 'testConnection' | 'setWebhook',
    state: ActionState<Values>,
    available: boolean,
    run: () => void,
  ): MessengerFormAction => {
    const stale = Boolean(state.snapshot) && !shallowEqual(state.snapshot as Values, normalized);
    return {
      available,
      label: t(state.running ? `action.${action}.running` : `action.${action}`),
      running: state.running,
      run: state.running ? () => undefined : run,
      outcome: state.outcome,
      stale,
      name: action,
    };
  };

  // Stable while its behaviour is the same, so a memoized action bar stays as it is.
  const cancel = useCallback(() => {
    if (editing && dirty) setUi((current) => ({ ...current, confirmOpen: true }));
    else latest.current.onCancel?.();
  }, [editing, dirty]);
  const webhookOutcome = webhookState.outcome;
  const canSubmit = !readOnly && !disabled && !busy && !(editing && !dirty);
  const closeWebhookDialog = () => patchUi({ webhookDialogOpen: false });

  return {
    formProps: {
      id: formId,
      ref: formRef,
      noValidate: true,
      'aria-label': t('form.label', { name: descriptor.displayName }),
      'aria-busy': busy || undefined,
      onSubmit: (event) => {
        event?.preventDefault();
        // An unchanged edit form has nothing to save.
        if (!canSubmit) return;
        // Validate here, synchronously: errors and focus land before the next key,
        // never later (a late focus jump would move the user's typing to another field).
        if (prepare()) void formik.submitForm();
      },
      onReset: formik.handleReset,
    },
    typeField: {
      id: `${formId}-type`,
      label: t('field.type.label'),
      helper: t('field.type.helper'),
      value: descriptor.displayName,
    },
    fields,
    setValue,
    blur,
    setStored,
    actions: {
      testConnection: actionOf(
        'testConnection',
        testState,
        descriptor.actions.testConnection && Boolean(onTestConnection) && !readOnly,
        runTest,
      ),
      setWebhook: actionOf(
        'setWebhook',
        webhookState,
        Boolean(descriptor.actions.setWebhook) && Boolean(onSetWebhook) && !readOnly,
        pressWebhook,
      ),
    },
    submitError: status?.submitError
      ? status.reason
        ? t('form.saveFailedWithReason', { reason: clean(status.reason) })
        : t('form.saveFailed')
      : undefined,
    busy,
    dirty,
    editing,
    disabled,
    readOnly,
    canSubmit,
    submitLabel: submitLabel ?? t('form.save'),
    cancel: onCancel && cancel,
    back: onBack,
    discard: {
      open: ui.confirmOpen,
      keep: () => patchUi({ confirmOpen: false }),
      confirm: () => {
        patchUi({ confirmOpen: false, replacing: {} });
        formik.resetForm();
        latest.current.onCancel?.();
      },
    },
    webhookDialog: {
      asks: asksUrl,
      open: ui.webhookDialogOpen,
      close: closeWebhookDialog,
      confirm: (url) => {
        closeWebhookDialog();
        runWebhook(url);
      },
      rejected:
        webhookOutcome?.kind === 'result' &&
        !webhookOutcome.result.ok &&
        webhookOutcome.result.field === 'webhookUrl' &&
        lastWebhookUrl.current
          ? { url: lastWebhookUrl.current, message: textOf(webhookOutcome.result) }
          : undefined,
    },
    secrets,
    actionTimeoutMs,
    t,
    has: known,
    locale,
  };
}
