import type { CustomConfig } from '../core/descriptor';
import type { SecretKeyOfDescriptor } from '../core/defineMessenger';
import type {
  ConfigField,
  MessengerFormProps as CoreMessengerFormProps,
  NoStoredSecrets,
} from '../core/types';
import type { BuiltInDescriptorOf, MessengerConfig, MessengerType } from './builtIns';

export type { MessengerConfig, MessengerType } from './builtIns';
export type { FacebookConfig } from './facebook/descriptor';
export type { LineConfig } from './line/descriptor';
export type { NexmoConfig } from './nexmo/descriptor';
export type { TelegramConfig } from './telegram/descriptor';
export type { ViberConfig } from './viber/descriptor';

/** The config type of messenger type `T`. */
export type ConfigOf<T extends MessengerType> = Extract<MessengerConfig, { type: T }>;

/**
 * Config keys a secret of C is stored under (masked fields): for a built-in
 * config, the keys of the fields whose `kind` is not `"text"`. A custom config: any key.
 */
export type SecretKey<C extends { type: string }> = C extends MessengerConfig
  ? Extract<SecretKeyOfDescriptor<BuiltInDescriptorOf<C['type']>>, ConfigField<C>>
  : ConfigField<C>;

/**
 * A config as sent when editing with `storedSecrets`: the secrets the
 * administrator kept are absent (the host merges them from its store); every
 * other key is present and validated.
 * @example
 * const merged: TelegramConfig = { ...stored, ...update }; // update: ConfigUpdate<TelegramConfig>
 */
export type ConfigUpdate<C extends { type: string }> = C extends unknown
  ? Omit<C, SecretKey<C>> & Partial<Pick<C, SecretKey<C>>>
  : never;

/**
 * Props shared by every messenger form. `S` is inferred from `storedSecrets`:
 * without it the callbacks receive the full config `C`; with it they receive
 * a {@link ConfigUpdate} (kept secrets absent).
 */
export type MessengerFormProps<
  C extends { type: string } = MessengerConfig,
  S extends SecretKey<C> | NoStoredSecrets = NoStoredSecrets,
> = CoreMessengerFormProps<C, S>;

/** The config of a type id: a built-in config, or a {@link CustomConfig} for a custom id. */
export type ConfigOfType<T extends string> = T extends MessengerType
  ? ConfigOf<T>
  : T extends keyof CustomMessengerConfigs
    ? CustomMessengerConfigs[T]
    : CustomConfig<T>;

/**
 * Config types of custom messengers, by type id. Empty by default; augment it
 * so `MessengerAccountForm type="…"` and the dialog type your custom configs:
 * @example
 * declare module 'messenger-integration-forms' {
 *   interface CustomMessengerConfigs { 'whatsapp-twilio': ConfigOfDescriptor<typeof whatsappTwilio> }
 * }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CustomMessengerConfigs {}

/** A built-in type id, or a custom one declared in {@link CustomMessengerConfigs}. */
export type KnownMessengerType = MessengerType | (keyof CustomMessengerConfigs & string);
