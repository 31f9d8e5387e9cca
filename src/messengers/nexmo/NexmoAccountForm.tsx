import { MessengerFormEngine } from '../../core/form/MessengerFormEngine';
import type { NoStoredSecrets } from '../../core/types';
import type { NexmoConfig, MessengerFormProps, SecretKey } from '../types';
import { nexmoDescriptor } from './descriptor';

/** Props of {@link NexmoAccountForm}. */
export type NexmoAccountFormProps<
  S extends SecretKey<NexmoConfig> | NoStoredSecrets = NoStoredSecrets,
> = MessengerFormProps<NexmoConfig, S>;

/**
 * Form for a Nexmo account: Name, Type, Key and Secret. Nexmo has no Test Connection or Set Webhook.
 * @example
 * <NexmoAccountForm onSubmit={(config) => api.save(config)} />
 */
export function NexmoAccountForm<
  S extends SecretKey<NexmoConfig> | NoStoredSecrets = NoStoredSecrets,
>(props: NexmoAccountFormProps<S>) {
  // `S` only types the callbacks (see `storedSecrets`); the engine builds the config.
  return (
    <MessengerFormEngine
      descriptor={nexmoDescriptor}
      {...(props as MessengerFormProps<NexmoConfig>)}
    />
  );
}
