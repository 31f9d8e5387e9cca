/** The editable keys of a config (every key but `type`). */
export type ConfigField<C extends { type: string }> = Exclude<keyof C, 'type'> & string;

/** The values a form edits: a config without its `type`. */
export type ConfigValues<C extends { type: string }> = Omit<C, 'type'>;

/** Values interpolated into the catalogue message chosen by a result's `code`. */
export type ResultParams = Readonly<Record<string, string | number>>;

/**
 * A non-blocking remark about one field in a successful result, e.g. the
 * token works but belongs to another bot. Shown as a warning on that field.
 */
export interface ActionWarning {
  /** Config key the warning is shown on, e.g. `'botUsername'`. */
  field: string;
  /** English text, shown when the form's catalogue has no `result.<code>` message. */
  message: string;
  /** Stable code, e.g. `'identity_mismatch_bot'`; picks the localized `result.<code>` message. */
  code?: string;
  /** Values for the placeholders of the localized message. */
  params?: ResultParams;
}

/** Outcome of one check in a result's checklist. */
export type ActionCheckStatus = 'pass' | 'warn' | 'fail';

/**
 * One step of a result's checklist, e.g. "the webhook points at this contact
 * center". The forms list the checks in the given order, each with its status
 * in text; a `fail` with `field` also shows on that field.
 */
export interface ActionCheck {
  /** Stable id of the check, e.g. `'webhook_set'`. */
  id: string;
  /** Whether the check passed, passed with a remark, or failed. */
  status: ActionCheckStatus;
  /** English (or host-localized) text; shown unless `code` has a catalogue message. */
  message: string;
  /** Config key a failing check is shown on, e.g. `'token'`. */
  field?: string;
  /** Stable code, e.g. `'webhook_not_set'`; picks the localized `result.<code>` message. */
  code?: string;
  /** Values for the placeholders of the localized message. */
  params?: ResultParams;
}

/**
 * Result of a Test Connection (or Set Webhook) callback.
 * `ok: false` with `field` shows the message on that field. When `code`
 * names a message of the catalogue (`result.<code>`, e.g. `result.invalid_token`),
 * the form shows that message in its own locale, filled with `params`, instead
 * of `message`; `details` keys with a catalogue label (`detail.<key>`) are labelled too.
 */
export type ActionResult =
  | {
      ok: true;
      /** Shown instead of the default success text. */
      message?: string;
      /** Picks the localized `result.<code>` message. */
      code?: string;
      /** Values for the placeholders of the localized message. */
      params?: ResultParams;
      /** Facts about the account (bot name, subscribers, current webhook…), shown as a list. */
      details?: Record<string, string>;
      /** Non-blocking remarks shown on fields, e.g. an identity mismatch. */
      warnings?: ActionWarning[];
      /** What was checked, in order; none of them failed. */
      checks?: ActionCheck[];
    }
  | {
      ok: false;
      /** English (or host-localized) text; shown unless `code` has a catalogue message. */
      message: string;
      /** Config key the error is shown on, e.g. `'token'`. */
      field?: string;
      /** Stable code, e.g. `'invalid_token'`; picks the localized `result.<code>` message. */
      code?: string;
      /** Values for the placeholders of the localized message. */
      params?: ResultParams;
      /** What was checked, in order; `field` is the first failing check's field. */
      checks?: ActionCheck[];
    };

/** Result of a Set Webhook callback; `webhookUrl` is the URL that was registered. */
export type WebhookResult = ActionResult & { webhookUrl?: string };

/** Second argument of `onTestConnection`. */
export interface TestConnectionContext {
  /** Aborted when the form unmounts or the action times out. */
  signal: AbortSignal;
  /**
   * The form's locale (`'en'` or `'ja'`), so the back end can answer in the
   * administrator's language; `createHttpCallbacks` sends it as `Accept-Language`.
   * Always set by the forms.
   */
  locale?: 'en' | 'ja';
}

/** Second argument of `onSetWebhook`. */
export interface SetWebhookContext {
  /** Aborted when the form unmounts or the action times out. */
  signal: AbortSignal;
  /** The form's locale, as in {@link TestConnectionContext}. Always set by the forms. */
  locale?: 'en' | 'ja';
  /** For Viber: the URL the administrator entered, as `https://host:port[/path]`. */
  webhookUrl?: string;
}

/** What `onChange` reports after every change. */
export interface MessengerFormState<C extends { type: string }> {
  /** Current values as typed (not yet normalized). */
  values: Partial<C>;
  /** Whether the current values pass validation. */
  valid: boolean;
  /** Whether the values differ from the initial values. */
  dirty: boolean;
}

/** Whether a form creates a new account or edits a stored one. */
export type MessengerFormMode = 'create' | 'edit';

/**
 * A config without the stored secrets `S` the administrator kept: those keys
 * are optional (absent when kept), every other key is present and validated.
 * @internal
 */
export type WithStoredSecrets<C extends { type: string }, S extends string> = C extends unknown
  ? Omit<C, S> & Partial<Pick<C, S & keyof C>>
  : never;

// A type-only brand: declared, never emitted.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
declare const noStoredSecrets: unique symbol;
/**
 * Type-level marker of a form without `storedSecrets` (the default of the `S`
 * parameter of {@link MessengerFormProps}): its callbacks receive the full config.
 */
export type NoStoredSecrets = typeof noStoredSecrets;

/** What the callbacks receive: the full config `C`, or the config with the kept secrets `S` optional when `storedSecrets` is given. */
export type CallbackConfig<
  C extends { type: string },
  S extends ConfigField<C> | NoStoredSecrets = NoStoredSecrets,
> = NoStoredSecrets extends S ? C : WithStoredSecrets<C, Exclude<S, NoStoredSecrets>>;

/**
 * Props shared by every messenger form. `S` is inferred from `storedSecrets`:
 * without it the callbacks receive the full config `C`; with it they receive
 * the config with the kept secrets optional (a `ConfigUpdate`).
 */
export interface MessengerFormProps<
  C extends { type: string } = { type: string },
  S extends ConfigField<C> | NoStoredSecrets = NoStoredSecrets,
> {
  /** Values to start with, e.g. a stored account. Stored secrets are ignored (they start empty). */
  initialValues?: Partial<Omit<C, 'type'>>;
  /**
   * `"edit"`: `initialValues` hold a stored account; Save is enabled only once
   * something changed, and Cancel asks before discarding changes.
   * @default "create"
   */
  mode?: MessengerFormMode;
  /** Callback fired when the administrator presses Cancel (after confirming, in a dirty edit form). The button is hidden without it. */
  onCancel?: () => void;
  /**
   * Secret fields the host has on file but does not send to the browser
   * (e.g. `['token']`). They start empty (any value in `initialValues` is
   * ignored) and are optional: left empty, the stored value is kept and the
   * key is absent from the config the callbacks receive; a typed value (or
   * Replace) replaces it. The callbacks are then typed with `ConfigUpdate`.
   */
  storedSecrets?: ReadonlyArray<S>;
  /**
   * Callback fired when the administrator saves a valid form.
   * While the returned promise is pending the form is busy; if it rejects,
   * the values stay and the error is shown.
   * @param config The validated, normalized config (without kept stored secrets).
   */
  onSubmit: (config: CallbackConfig<C, S>) => void | Promise<void>;
  /**
   * Callback fired when the administrator presses Test Connection, after validation.
   * The button is shown only when the messenger supports it and this is given.
   * @param config The validated, normalized config (without kept stored secrets).
   * @param ctx `signal` aborts on unmount or timeout.
   */
  onTestConnection?: (
    config: CallbackConfig<C, S>,
    ctx: TestConnectionContext,
  ) => Promise<ActionResult>;
  /**
   * Callback fired when the administrator presses Set Webhook (Telegram, Facebook, LINE, Viber), after validation.
   * @param config The validated, normalized config (without kept stored secrets).
   * @param ctx `signal` aborts on unmount or timeout; `webhookUrl` for Viber.
   */
  onSetWebhook?: (config: CallbackConfig<C, S>, ctx: SetWebhookContext) => Promise<WebhookResult>;
  /**
   * Callback fired after every change of the values. `dirty` tells the host
   * whether there are unsaved changes (e.g. to guard navigation).
   * @param state Current values, validity and dirtiness.
   */
  onChange?: (state: MessengerFormState<C>) => void;
  /**
   * If `true`, every control is disabled.
   * @default false
   */
  disabled?: boolean;
  /**
   * If `true`, the values are shown but cannot be edited; actions and Save are hidden.
   * @default false
   */
  readOnly?: boolean;
  /** Id of the `<form>` element, so a host button can submit it with `form="id"`. */
  id?: string;
  /**
   * If `true`, Save and Cancel are not rendered (the host renders its own).
   * @default false
   */
  hideActions?: boolean;
  /**
   * Milliseconds after which Test Connection / Set Webhook are aborted.
   * @default 30000
   */
  actionTimeoutMs?: number;
  /**
   * Text of the submit button.
   * @default "Save"
   */
  submitLabel?: string;
}
