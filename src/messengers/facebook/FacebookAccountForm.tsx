import { MessengerFormEngine } from '../../core/form/MessengerFormEngine';
import type { NoStoredSecrets } from '../../core/types';
import type { FacebookConfig, MessengerFormProps, SecretKey } from '../types';
import { facebookDescriptor } from './descriptor';

/** Props of {@link FacebookAccountForm}. */
export type FacebookAccountFormProps<
  S extends SecretKey<FacebookConfig> | NoStoredSecrets = NoStoredSecrets,
> = MessengerFormProps<FacebookConfig, S>;

/**
 * Form for a Facebook Messenger account: Page Username, Type, Page ID, Token and Webhook Verify Token (with Generate random token and Copy); Test Connection when `onTestConnection` is given.
 * @example
 * <FacebookAccountForm onSubmit={(config) => api.save(config)} />
 */
export function FacebookAccountForm<
  S extends SecretKey<FacebookConfig> | NoStoredSecrets = NoStoredSecrets,
>(props: FacebookAccountFormProps<S>) {
  // `S` only types the callbacks (see `storedSecrets`); the engine builds the config.
  return (
    <MessengerFormEngine
      descriptor={facebookDescriptor}
      {...(props as MessengerFormProps<FacebookConfig>)}
    />
  );
}
