import { ValidationError } from 'yup';
import { en, type MessageKey } from '../i18n/en';
import { formatMessage, lookup } from '../i18n/format';
import { ja } from '../i18n/ja';
import { resolveLocale } from '../i18n/locale';
import type { AnyMessengerDescriptor, BaseConfig } from './descriptor';
import { isObject } from './isObject';

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
 * The config of valid normalized values: `type` first, then the fields' values;
 * an optional field left empty is absent.
 * @internal
 */
export function configOfValues(
  descriptor: Pick<AnyMessengerDescriptor, 'type' | 'fields'>,
  values: Readonly<Record<string, string>>,
): BaseConfig & Record<string, string> {
  const config = { type: descriptor.type, ...values } as BaseConfig & Record<string, string>;
  for (const field of descriptor.fields)
    if (field.optional && config[field.key] === '') delete config[field.key];
  return config;
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
  params?: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, key] of Object.entries(keys))
    out[field] = formatMessage(lookup(messages, key), params);
  return out;
}

/** Result of `validateMessengerConfig`. */
export type ValidationResult<C extends BaseConfig = BaseConfig> =
  { ok: true; config: C } | { ok: false; errors: Record<string, string> };

/** Options of `validateMessengerConfig` and `getMessengerWarnings`. */
export interface ValidationOptions {
  /**
   * Language of the messages.
   * @default "en"
   */
  locale?: 'en' | 'ja';
  /** A catalogue, or overrides of single messages, on top of the locale's catalogue. */
  messages?: Readonly<Partial<Record<string, string>>>;
  /** Custom messenger types (see `defineMessenger`) accepted besides the built-in ones. */
  messengers?: ReadonlyArray<AnyMessengerDescriptor>;
}

const catalogues = { en, ja } as const;

function messagesFor(
  options: ValidationOptions,
  descriptor?: AnyMessengerDescriptor,
): Readonly<Record<string, string>> {
  const locale = resolveLocale(options.locale);
  return {
    ...catalogues[locale],
    ...descriptor?.messages?.en,
    ...descriptor?.messages?.[locale],
    ...options.messages,
  } as Readonly<Record<string, string>>;
}

/**
 * Validates an untrusted config against the descriptor of its `type` among
 * `descriptors`. Never throws. The entry points bind the built-in descriptors
 * (`validateMessengerConfig`).
 * @internal
 */
export function validateConfig(
  descriptors: ReadonlyArray<AnyMessengerDescriptor>,
  input: unknown,
  options: ValidationOptions = {},
): ValidationResult<BaseConfig> {
  const unknownType = () => ({
    ok: false as const,
    errors: translate({ type: 'error.unknownType' }, messagesFor(options), {
      types: descriptors.map((descriptor) => descriptor.type).join(', '),
    }),
  });
  try {
    if (!isObject(input)) return unknownType();
    const record = input;
    const type = record.type;
    const descriptor = descriptors.find((candidate) => candidate.type === type);
    if (!descriptor) return unknownType();
    const { values, invalid } = normalizeValues(descriptor, record);
    const errors = { ...validateValues(descriptor, values), ...invalid };
    if (Object.keys(errors).length > 0) {
      return { ok: false, errors: translate(errors, messagesFor(options, descriptor)) };
    }
    return { ok: true, config: configOfValues(descriptor, values) };
  } catch {
    // A hostile input (throwing getters, proxies) must not crash the caller.
    return unknownType();
  }
}

/**
 * Soft warnings of a config, with the descriptor of its `type` among
 * `descriptors`. Never throws. Bound to the built-ins as `getMessengerWarnings`.
 * @internal
 */
export function configWarnings(
  descriptors: ReadonlyArray<AnyMessengerDescriptor>,
  config: { readonly type?: unknown } & Readonly<Record<string, unknown>>,
  options: ValidationOptions = {},
): Record<string, string> {
  try {
    const descriptor = descriptors.find((candidate) => candidate.type === config.type);
    if (!descriptor) return {};
    const { values } = normalizeValues(descriptor, config);
    return translate(warningKeys(descriptor, values), messagesFor(options, descriptor));
  } catch {
    return {};
  }
}
