import type { AnyMessengerDescriptor, BaseConfig, ConfigOfDescriptor } from '../core/descriptor';
import {
  configWarnings,
  validateConfig,
  type ValidationOptions as CoreValidationOptions,
  type ValidationResult as CoreValidationResult,
} from '../core/validation';
import { builtInMessengers, type MessengerConfig } from './builtIns';
import type { Messages } from './catalogues';

/** Result of {@link validateMessengerConfig}. */
export type ValidationResult<C extends BaseConfig = MessengerConfig> = CoreValidationResult<C>;

/** Options of {@link validateMessengerConfig} and {@link getMessengerWarnings}. */
export interface ValidationOptions extends Omit<CoreValidationOptions, 'messages'> {
  /** A catalogue, or overrides of single messages, on top of the locale's catalogue. */
  messages?: Partial<Messages>;
}

function withBuiltIns(options: CoreValidationOptions): ReadonlyArray<AnyMessengerDescriptor> {
  // A custom type never shadows a built-in one: the built-ins come first.
  return options.messengers ? [...builtInMessengers, ...options.messengers] : builtInMessengers;
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
  return validateConfig(withBuiltIns(options), input, options);
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
  return configWarnings(
    withBuiltIns(options),
    config as Readonly<Record<string, unknown>>,
    options,
  );
}
