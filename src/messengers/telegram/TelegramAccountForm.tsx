import { MessengerFormEngine } from '../../core/form/MessengerFormEngine';
import type { NoStoredSecrets } from '../../core/types';
import type { TelegramConfig, MessengerFormProps, SecretKey } from '../types';
import { telegramDescriptor } from './descriptor';

/** Props of {@link TelegramAccountForm}. */
export type TelegramAccountFormProps<
  S extends SecretKey<TelegramConfig> | NoStoredSecrets = NoStoredSecrets,
> = MessengerFormProps<TelegramConfig, S>;

/**
 * Form for a Telegram bot: Bot Username, Type and Token; Set Webhook and Test Connection when their callbacks are given. Set Webhook takes no URL.
 * @example
 * <TelegramAccountForm onSubmit={(config) => api.save(config)} />
 */
export function TelegramAccountForm<
  S extends SecretKey<TelegramConfig> | NoStoredSecrets = NoStoredSecrets,
>(props: TelegramAccountFormProps<S>) {
  // `S` only types the callbacks (see `storedSecrets`); the engine builds the config.
  return (
    <MessengerFormEngine
      descriptor={telegramDescriptor}
      {...(props as MessengerFormProps<TelegramConfig>)}
    />
  );
}
