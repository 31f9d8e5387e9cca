import type { MessengerType } from './messengerTypes';

/** Config of a Facebook Messenger account (all values normalized). */
export interface FacebookConfig {
  type: 'facebook';
  /** Username of the Facebook Page, without `@` or URL. */
  pageUsername: string;
  /** Numeric id of the Facebook Page. */
  pageId: string;
  /** Page Access Token. Secret. */
  token: string;
  /** Token Facebook echoes back when it verifies the webhook. Secret. */
  webhookVerifyToken: string;
}

/** Config of a LINE account. */
export interface LineConfig {
  type: 'line';
  /** Name of the integration account (free text). */
  name: string;
  /** Channel access token of the LINE@ account. Secret. */
  token: string;
}

/** Config of a Nexmo account. */
export interface NexmoConfig {
  type: 'nexmo';
  /** Name of the integration account (free text). */
  name: string;
  /** Nexmo API key. */
  key: string;
  /** Nexmo API secret. Secret. */
  secret: string;
}

/** Config of a Telegram bot. */
export interface TelegramConfig {
  type: 'telegram';
  /** Username of the bot, without `@`; ends with `bot`. */
  botUsername: string;
  /** Bot API token from @BotFather. Secret. */
  token: string;
}

/** Config of a Viber Public Account / bot. */
export interface ViberConfig {
  type: 'viber';
  /** Username of the Viber Public Account. */
  botUsername: string;
  /** Public Account authentication token. Secret. */
  token: string;
}

/** Any built-in messenger config, discriminated by `type`. */
export type MessengerConfig =
  FacebookConfig | LineConfig | NexmoConfig | TelegramConfig | ViberConfig;

/** The config type of messenger type `T`. */
export type ConfigOf<T extends MessengerType> = Extract<MessengerConfig, { type: T }>;

/** The editable keys of a config (every key but `type`). */
export type ConfigField<C extends { type: string }> = Exclude<keyof C, 'type'> & string;

/** The values a form edits: a config without its `type`. */
export type ConfigValues<C extends { type: string }> = Omit<C, 'type'>;

/**
 * Result of a Test Connection (or Set Webhook) callback.
 * `ok: false` with `field` shows the message on that field.
 */
export type ActionResult =
  | { ok: true; message?: string; details?: Record<string, string> }
  | { ok: false; message: string; field?: string; code?: string };

/** Result of a Set Webhook callback; `webhookUrl` is the URL that was registered. */
export type WebhookResult = ActionResult & { webhookUrl?: string };

/** Second argument of `onTestConnection`. */
export interface TestConnectionContext {
  /** Aborted when the form unmounts or the action times out. */
  signal: AbortSignal;
}

/** Second argument of `onSetWebhook`. */
export interface SetWebhookContext {
  /** Aborted when the form unmounts or the action times out. */
  signal: AbortSignal;
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

/** Props shared by every messenger form. */
export interface MessengerFormProps<C extends { type: string } = MessengerConfig> {
  /** Values to start with, e.g. a stored account. */
  initialValues?: Partial<Omit<C, 'type'>>;
  /**
   * Callback fired when the administrator saves a valid form.
   * While the returned promise is pending the form is busy; if it rejects,
   * the values stay and the error is shown.
   * @param config The validated, normalized config.
   */
  onSubmit: (config: C) => void | Promise<void>;
  /** Callback fired when the administrator presses Cancel. The button is hidden without it. */
  onCancel?: () => void;
  /**
   * Callback fired when the administrator presses Test Connection, after validation.
   * The button is shown only when the messenger supports it and this is given.
   * @param config The validated, normalized config.
   * @param ctx `signal` aborts on unmount or timeout.
   */
  onTestConnection?: (config: C, ctx: TestConnectionContext) => Promise<ActionResult>;
  /**
   * Callback fired when the administrator presses Set Webhook (Telegram, Viber), after validation.
   * @param config The validated, normalized config.
   * @param ctx `signal` aborts on unmount or timeout; `webhookUrl` for Viber.
   */
  onSetWebhook?: (config: C, ctx: SetWebhookContext) => Promise<WebhookResult>;
  /**
   * Callback fired after every change of the values.
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
