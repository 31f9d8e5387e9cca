import type { AnyObjectSchema } from 'yup';
import type { MessageKey } from '../i18n/en';

/** How a field is rendered. */
export type FieldKind = 'text' | 'secret' | 'generated-token';

/** Base shape of every messenger config: a `type` and string values. */
export interface BaseConfig {
  type: string;
}

/** Describes one field of a messenger form. */
export interface FieldDescriptor<C extends BaseConfig> {
  /** Config key the field edits. */
  key: Exclude<keyof C, 'type'> & string;
  /** Rendering: plain text, masked secret, or secret with Generate and Copy buttons. */
  kind: FieldKind;
  /** Catalogue key of the label. */
  label: MessageKey;
  /** Catalogue key of the helper text. */
  helper: MessageKey;
  /** Paste sanitation applied on blur and before submit. Must be idempotent. */
  normalize: (value: string) => string;
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
export interface MessengerDescriptor<C extends BaseConfig> {
  /** Type id, also the value of `config.type`. */
  type: C['type'];
  /** Product name, shown in the Type field and the picker. */
  displayName: string;
  /** Fields after Type, in display order. */
  fields: ReadonlyArray<FieldDescriptor<C>>;
  /** Yup schema of the normalized values (without `type`); messages are catalogue keys. */
  schema: AnyObjectSchema;
  /** Soft rules: field → catalogue key of a warning. Never blocks. */
  warnings?: (config: C) => Partial<Record<Exclude<keyof C, 'type'> & string, MessageKey>>;
  /** Supported actions. */
  actions: ActionsDescriptor;
}
