import { ValidationError } from 'yup';
import { en, type MessageKey, type Messages } from '../i18n/en';
import { messengerDescriptors } from '../messengers/registry';
import type { BaseConfig, MessengerDescriptor } from './descriptor';
import { isMessengerType, type MessengerType } from './messengerTypes';
import type { MessengerConfig } from './types';

/** Field → catalogue key of its first problem. */
export type FieldMessageKeys = Record<string, MessageKey>;

/**
 * Normalizes the known fields of `input` with the descriptor's normalizers;
 * unknown keys are dropped. Non-string values are reported in `invalid`.
 * @internal
 */
export function normalizeValues<C extends BaseConfig>(
  descriptor: MessengerDescriptor<C>,
  input: Readonly<Record<string, unknown>>,
): { values: Record<string, string>; invalid: FieldMessageKeys } {
  const values: Record<string, string> = {};
  const invalid: FieldMessageKeys = {};
  for (const field of descriptor.fields) {
    const raw = input[field.key];
    if (typeof raw === 'string') values[field.key] = field.normalize(raw);
    else if (typeof raw === 'number' && Number.isFinite(raw))
      values[field.key] = field.normalize(String(raw));
    else {
      values[field.key] = '';
      if (raw !== undefined && raw !== null) invalid[field.key] = 'error.notText';
    }
  }
  return { values, invalid };
}

/**
 * Validates already-normalized values against the descriptor's schema.
 * @returns field → catalogue key; empty when valid.
 * @internal
 */
export function validateValues<C extends BaseConfig>(
  descriptor: MessengerDescriptor<C>,
  values: Readonly<Record<string, string>>,
): FieldMessageKeys {
  const errors: FieldMessageKeys = {};
  try {
    descriptor.schema.validateSync(values, { abortEarly: false, strict: true });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    for (const inner of error.inner.length ? error.inner : [error]) {
      const path = inner.path ?? '';
      if (path && !errors[path]) errors[path] = inner.message as MessageKey;
    }
  }
  return errors;
}

/**
 * Soft-rule warnings of normalized values.
 * @internal
 */
export function warningKeys<C extends BaseConfig>(
  descriptor: MessengerDescriptor<C>,
  values: Readonly<Record<string, string>>,
): FieldMessageKeys {
  if (!descriptor.warnings) return {};
  try {
    return {
      ...descriptor.warnings({ ...values, type: descriptor.type } as unknown as C),
    } as FieldMessageKeys;
  } catch {
    return {};
  }
}

function translate(keys: FieldMessageKeys, messages: Messages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, key] of Object.entries(keys)) out[field] = messages[key] ?? en[key];
  return out;
}

/** Result of {@link validateMessengerConfig}. */
export type ValidationResult<C extends MessengerConfig = MessengerConfig> =
  { ok: true; config: C } | { ok: false; errors: Record<string, string> };

/** Options of {@link validateMessengerConfig} and {@link getMessengerWarnings}. */
export interface ValidationOptions {
  /** Catalogue for the messages. @default English */
  messages?: Messages;
}

/**
 * Validates an untrusted config, e.g. one a back end received. Never throws:
 * unknown keys are dropped, values are normalized, then checked.
 * Works in Node without a DOM.
 * @param input Anything.
 * @returns `{ ok: true, config }` with the normalized config, or
 *   `{ ok: false, errors }` mapping each config key (or `type`) to a message.
 * @example
 * const result = validateMessengerConfig(JSON.parse(body));
 * if (!result.ok) return reply(400, result.errors);
 */
export function validateMessengerConfig(
  input: unknown,
  options: ValidationOptions = {},
): ValidationResult {
  const messages = options.messages ?? en;
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return { ok: false, errors: translate({ type: 'error.unknownType' }, messages) };
    }
    const record = input as Record<string, unknown>;
    const type = record.type;
    if (!isMessengerType(type))
      return { ok: false, errors: translate({ type: 'error.unknownType' }, messages) };
    const descriptor = messengerDescriptors[
      type
    ] as unknown as MessengerDescriptor<MessengerConfig>;
    const { values, invalid } = normalizeValues(descriptor, record);
    const errors = { ...validateValues(descriptor, values), ...invalid };
    if (Object.keys(errors).length > 0) return { ok: false, errors: translate(errors, messages) };
    return { ok: true, config: { type, ...values } as unknown as MessengerConfig };
  } catch {
    // A hostile input (throwing getters, proxies) must not crash the caller.
    return { ok: false, errors: translate({ type: 'error.unknownType' }, messages) };
  }
}

/**
 * Soft warnings of a config: things that are allowed but look wrong (e.g. a
 * Facebook token not starting with `EAA`). Never blocks saving. Never throws.
 * @param config A config (normalized or not).
 * @returns field → message; empty when nothing looks wrong.
 */
export function getMessengerWarnings(
  config: Partial<MessengerConfig> & { type: MessengerType },
  options: ValidationOptions = {},
): Record<string, string> {
  try {
    if (!isMessengerType(config.type)) return {};
    const descriptor = messengerDescriptors[
      config.type
    ] as unknown as MessengerDescriptor<MessengerConfig>;
    const { values } = normalizeValues(descriptor, config as Record<string, unknown>);
    return translate(warningKeys(descriptor, values), options.messages ?? en);
  } catch {
    return {};
  }
}
