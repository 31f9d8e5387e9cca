import { MessengerFormEngine } from '../../core/form/MessengerFormEngine';
import type { NoStoredSecrets } from '../../core/types';
import type { ViberConfig, MessengerFormProps, SecretKey } from '../types';
import { viberDescriptor } from './descriptor';

/** Props of {@link ViberAccountForm}. */
export type ViberAccountFormProps<
  S extends SecretKey<ViberConfig> | NoStoredSecrets = NoStoredSecrets,
> = MessengerFormProps<ViberConfig, S>;

/**
 * Form for a Viber Public Account: Bot Username, Type and Token; Set Webhook (asks for the webhook URL, host and port) and Test Connection when their callbacks are given.
 * @example
 * <ViberAccountForm onSubmit={(config) => api.save(config)} />
 */
export function ViberAccountForm<
  S extends SecretKey<ViberConfig> | NoStoredSecrets = NoStoredSecrets,
>(props: ViberAccountFormProps<S>) {
  // `S` only types the callbacks (see `storedSecrets`); the engine builds the config.
  return (
    <MessengerFormEngine
      descriptor={viberDescriptor}
      {...(props as MessengerFormProps<ViberConfig>)}
    />
  );
}
