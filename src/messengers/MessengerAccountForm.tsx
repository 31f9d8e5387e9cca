import type { MessengerDescriptor } from '../core/descriptor';
import type { ConfigOfType, KnownMessengerType } from './types';
import { isDevelopment } from '../core/devGuard';
import { MessengerFormEngine } from '../core/form/MessengerFormEngine';
import { useActionCallbackGuard } from '../core/form/useActionCallbackGuard';
import type { NoStoredSecrets } from '../core/types';
import type { MessengerFormProps, SecretKey } from './types';
import { useMessengerRegistry } from './useRegistry';

/** Props of {@link MessengerAccountForm}: the form props typed by `type`. */
export type MessengerAccountFormProps<
  T extends KnownMessengerType,
  S extends SecretKey<ConfigOfType<T>> | NoStoredSecrets = NoStoredSecrets,
> = {
  /** Messenger type of the form; types `onSubmit` and the other callbacks. */
  type: T;
} & MessengerFormProps<ConfigOfType<T>, S>;

/**
 * Renders the form of any messenger type — built-in, or custom and registered
 * with `MessengerFormsProvider messengers`; `type="viber"` gives the callbacks
 * a `ViberConfig`. Changing `type` starts a fresh form. An unknown type
 * renders nothing (and is reported in development).
 * @example
 * <MessengerAccountForm type="telegram" onSubmit={(config) => save(config)} />
 */
export function MessengerAccountForm<
  T extends KnownMessengerType,
  S extends SecretKey<ConfigOfType<T>> | NoStoredSecrets = NoStoredSecrets,
>({ type, ...props }: MessengerAccountFormProps<T, S>) {
  const descriptor = useMessengerRegistry().get(type);
  if (!descriptor) {
    if (isDevelopment()) {
      console.error(
        `messenger-integration-forms: unknown messenger type "${String(type)}"; register custom types with <MessengerFormsProvider messengers={[...]}>.`,
      );
    }
    return null;
  }
  return (
    <RegisteredForm
      key={type}
      descriptor={descriptor as unknown as MessengerDescriptor<ConfigOfType<T>, string>}
      {...(props as MessengerFormProps<ConfigOfType<T>>)}
    />
  );
}

function RegisteredForm<C extends { type: string }>(
  props: MessengerFormProps<C> & { descriptor: MessengerDescriptor<C, string> },
) {
  useActionCallbackGuard(props.descriptor as never, props);
  return <MessengerFormEngine {...props} />;
}
