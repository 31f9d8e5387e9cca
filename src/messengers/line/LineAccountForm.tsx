import { MessengerFormEngine } from '../../core/form/MessengerFormEngine';
import type { NoStoredSecrets } from '../../core/types';
import type { LineConfig, MessengerFormProps, SecretKey } from '../types';
import { lineDescriptor } from './descriptor';

/** Props of {@link LineAccountForm}. */
export type LineAccountFormProps<
  S extends SecretKey<LineConfig> | NoStoredSecrets = NoStoredSecrets,
> = MessengerFormProps<LineConfig, S>;

/**
 * Form for a LINE account: Name, Type and Token; Test Connection when `onTestConnection` is given.
 * @example
 * <LineAccountForm onSubmit={(config) => api.save(config)} />
 */
export function LineAccountForm<
  S extends SecretKey<LineConfig> | NoStoredSecrets = NoStoredSecrets,
>(props: LineAccountFormProps<S>) {
  // `S` only types the callbacks (see `storedSecrets`); the engine builds the config.
  return (
    <MessengerFormEngine
      descriptor={lineDescriptor}
      {...(props as MessengerFormProps<LineConfig>)}
    />
  );
}
