import type { AnyObjectSchema } from 'yup';
import type { MessageKey } from '../i18n/en';

/** How a field is rendered. */
export type FieldKind = 'text' | 'secret' | 'generated-token';

/**
 * A message: a key of the catalogue (translated with the active locale, or
 * with a custom messenger's own `messages`), or literal text shown as is.
 */
export type MessageText = MessageKey | (string & {});

/** Base shape of every messenger config: a `type` and string values. */
export interface BaseConfig {
  type: string;
}

/**
 * Describes one field of a messenger form. `M` is the type of its texts:
 * catalogue keys or keys of the messenger's own `messages`, or literal text.
 */
export interface FieldDescriptor<C extends BaseConfig, M extends string = string> {
  /** Config key the field edits. */
  key: Exclude<keyof C, 'type'> & string;
  /** Rendering: plain text, masked secret, or secret with Generate and Copy buttons. */
  kind: FieldKind;
  /** Label: a catalogue key or literal text. */
  label: M;
  /** Helper text under the field: a catalogue key or literal text. */
  helper: M;
  /** Paste sanitation applied on blur and before submit. Must be idempotent. */
  normalize: (value: string) => string;
  /**
   * Parts of a secret field's value that are secret on their own, redacted
   * wherever the whole value is (e.g. a Telegram token's part after the bot id).
   * @default none
   */
  secretParts?: (value: string) => ReadonlyArray<string>;
  /**
   * If `true`, the field may stay empty, and an empty value is left out of the config.
   * @default false
   */
  optional?: boolean;
}

/**
 * A messenger's brand mark: one SVG path on a 24 × 24 view box (the format of
 * the simple-icons package) and its brand colour. The picker and the add menu
 * draw it in the brand colour where it contrasts with the background (3:1),
 * else in the text colour; it is decorative (`aria-hidden`).
 */
export interface MessengerIcon {
  /** `d` of the SVG path, view box `0 0 24 24`. */
  path: string;
  /** Brand colour as 6 hex digits without `#`, e.g. `"26A5E4"`. */
  hex: string;
}

/** Which actions a messenger supports. */
export interface ActionsDescriptor {
  /** Whether the form offers Test Connection. */
  testConnection: boolean;
  /** Set Webhook: absent if unsupported; `askUrl` opens the webhook URL dialog first. */
  setWebhook?: { askUrl: boolean };
}

/**
 * Everything the form engine needs to know about a messenger type. Data only:
 * adding a messenger means writing one of these.
 */
export interface MessengerDescriptor<C extends BaseConfig, M extends string = string> {
  /** Type id, also the value of `config.type`. */
  type: C['type'];
  /** Product name, shown in the Type field and the picker. */
  displayName: string;
  /**
   * Brand mark shown in the picker and the add menu.
   * @default the display name's initial
   */
  icon?: MessengerIcon;
  /**
   * One line under the name in the picker and the add menu, saying what the
   * type needs (e.g. "Bot token from @BotFather"): a key or literal text.
   * @default none
   */
  hint?: M;
  /** Fields after Type, in display order. */
  fields: ReadonlyArray<FieldDescriptor<C, M>>;
  /** Yup schema of the normalized values (without `type`); messages are catalogue keys or text. */
  schema: AnyObjectSchema;
  /** Soft rules: field → catalogue key (or text) of a warning. Never blocks. */
  warnings?(config: C): Partial<Record<Exclude<keyof C, 'type'> & string, M>>;
  /** Supported actions. */
  actions: ActionsDescriptor;
  /**
   * Texts of this messenger per locale (labels, helpers, errors, warnings given as keys), merged into the
   * catalogue by its forms, and by `MessengerFormsProvider` for registered descriptors.
   */
  messages?: Readonly<Partial<Record<'en' | 'ja', Readonly<Record<string, string>>>>>;
  /**
   * If `true`, rendering a form whose declared action has no callback is a
   * development-time error (set by `defineMessenger`).
   * @default false
   */
  requireCallbacks?: boolean;
}

/**
 * A descriptor of any messenger type, built-in or custom: what registries,
 * pickers and `validateMessengerConfig` accept. Every `MessengerDescriptor`
 * is one.
 */
export interface AnyMessengerDescriptor<M extends string = string> {
  readonly type: string;
  readonly displayName: string;
  readonly icon?: MessengerIcon;
  readonly hint?: M;
  readonly fields: ReadonlyArray<{
    readonly key: string;
    readonly kind: FieldKind;
    readonly label: M;
    readonly helper: M;
    readonly normalize: (value: string) => string;
    readonly secretParts?: (value: string) => ReadonlyArray<string>;
    readonly optional?: boolean;
  }>;
  readonly schema: AnyObjectSchema;
  warnings?(config: never): Partial<Record<string, M>>;
  readonly actions: ActionsDescriptor;
  readonly messages?: Readonly<Partial<Record<'en' | 'ja', Readonly<Record<string, string>>>>>;
  readonly requireCallbacks?: boolean;
}

/** The config type described by a descriptor. */
export type ConfigOfDescriptor<D> = D extends MessengerDescriptor<infer C, string> ? C : never;

/** Config of a custom messenger type as seen by untyped components: its `type` and string values. */
export type CustomConfig<T extends string = string> = { type: T } & Record<string, string>;
