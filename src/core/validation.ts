import { ValidationError } from 'yup';
import { en, type MessageKey, type Messages } from '../i18n/en';
import { lookup } from '../i18n/format';
import { messengerDescriptors } from '../messengers/registry';
import type { AnyMessengerDescriptor, BaseConfig, ConfigOfDescriptor } from './descriptor';
import { ja } from '../i18n/ja';
import { isMessengerType } from './messengerTypes';
import type { MessengerConfig } from './types';

/** Field → catalogue key of its first problem. */
export type FieldMessageKeys<M extends string = MessageKey> = Record<string, M>;

/**
 * Normalizes the known fields of `input` with the descriptor's normalizers;
 * unknown keys are dropped. Non-string values are reported in `invalid`.
 * @internal
 */
export function normalizeValues<M extends string>(
  descriptor: AnyMessengerDescriptor<M>,
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
export function validateValues<M extends string>(
  descriptor: AnyMessengerDescriptor<M>,
  values: Readonly<Record<string, string>>,
): FieldMessageKeys<M> {
  const errors: FieldMessageKeys<M> = {};
  try {
    // disableStackTrace: the errors are only read for their paths and messages; capturing
    // a stack for each one costs ~0.15 ms apiece, on every keystroke of an invalid form.
    descriptor.schema.validateSync(values, {
      abortEarly: false,
      strict: true,
      disableStackTrace: true,
    });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    for (const inner of error.inner.length ? error.inner : [error]) {
      const path = inner.path ?? '';
      if (path && !errors[path]) errors[path] = inner.message as M;
    }
  }
  return errors;
}

/**
 * Soft-rule warnings of normalized values.
 * @internal
 */
export function warningKeys<M extends string>(
  descriptor: AnyMessengerDescriptor<M>,
  values: Readonly<Record<string, string>>,
): FieldMessageKeys<M> {
  if (!descriptor.warnings) return {};
  try {
    return {
      ...descriptor.warnings({ ...values, type: descriptor.type } as never),
    } as FieldMessageKeys<M>;
  } catch {
    return {};
  }
}

function translate(
  keys: Readonly<Record<string, string>>,
  messages: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, key] of Object.entries(keys)) out[field] = lookup(messages, key);
  return out;
}

/** Result of {@link validateMessengerConfig}. */
export type ValidationResult<C extends BaseConfig = MessengerConfig> =
  { ok: true; config: C } | { ok: false; errors: Record<string, string> };

/** Options of {@link validateMessengerConfig} and {@link getMessengerWarnings}. */
export interface ValidationOptions {
  /**
   * Language of the messages.
   * @default "en"
   */
  locale?: 'en' | 'ja';
  /** A catalogue, or overrides of single messages, on top of the locale's catalogue. */
  messages?: Partial<Messages>;
  /** Custom messenger types (see `defineMessenger`) accepted besides the built-in ones. */
  messengers?: ReadonlyArray<AnyMessengerDescriptor>;
}

const catalogues = { en, ja } as const;

function findDescriptor(
  type: unknown,
  messengers: ReadonlyArray<AnyMessengerDescriptor> | undefined,
): AnyMessengerDescriptor | undefined {
  if (isMessengerType(type)) return messengerDescriptors[type];
  if (typeof type !== 'string' || !messengers) return undefined;
  return messengers.find((descriptor) => descriptor.type === type);
}

function messagesFor(
  options: ValidationOptions,
  descriptor?: AnyMessengerDescriptor,
): Readonly<Record<string, string>> {
  const locale = options.locale === 'ja' ? 'ja' : 'en';
  return {
    ...catalogues[locale],
    ...descriptor?.messages?.en,
    ...descriptor?.messages?.[locale],
    ...options.messages,
  };
}

const unknownType = (options: ValidationOptions) => ({
  ok: false as const,
  errors: translate({ type: 'error.unknownType' }, messagesFor(options)),
});

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
  options?: ValidationOptions & { messengers?: undefined },
): ValidationResult;
export function validateMessengerConfig<D extends AnyMessengerDescriptor>(
  input: unknown,
  options: ValidationOptions & { messengers: ReadonlyArray<D> },
): ValidationResult<MessengerConfig | ConfigOfDescriptor<D>>;
export function validateMessengerConfig(
  input: unknown,
  options: ValidationOptions = {},
): ValidationResult<BaseConfig> {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return unknownType(options);
    }
    const record = input as Record<string, unknown>;
    const type = record.type;
    const descriptor = findDescriptor(type, options.messengers);
    if (!descriptor) return unknownType(options);
    const { values, invalid } = normalizeValues(descriptor, record);
    const errors = { ...validateValues(descriptor, values), ...invalid };
    if (Object.keys(errors).length > 0) {
      return { ok: false, errors: translate(errors, messagesFor(options, descriptor)) };
    }
    return { ok: true, config: { type: descriptor.type, ...values } };
  } catch {
    // A hostile input (throwing getters, proxies) must not crash the caller.
    return unknownType(options);
  }
}

/**
 * Soft warnings of a config: things that are allowed but look wrong (e.g. a
 * Facebook token not starting with `EAA`). Never blocks saving. Never throws.
 * @param config A config (normalized or not).
 * @returns field → message; empty when nothing looks wrong.
 */
export function getMessengerWarnings(
  config:
    Partial<MessengerConfig> | ({ readonly type: string } & Readonly<Record<string, unknown>>),
  options: ValidationOptions = {},
): Record<string, string> {
  try {
    const descriptor = findDescriptor(config.type, options.messengers);
    if (!descriptor) return {};
    const { values } = normalizeValues(descriptor, config as Readonly<Record<string, unknown>>);
    return translate(warningKeys(descriptor, values), messagesFor(options, descriptor));
  } catch {
    return {};
  }
}
