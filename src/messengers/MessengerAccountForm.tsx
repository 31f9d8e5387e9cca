import type { MessengerDescriptor } from '../core/descriptor';
import { MessengerFormEngine } from '../core/form/MessengerFormEngine';
import type { MessengerType } from '../core/messengerTypes';
import type { ConfigOf, MessengerFormProps } from '../core/types';
import { messengerDescriptors } from './registry';

/** Props of {@link MessengerAccountForm}: the form props typed by `type`. */
export type MessengerAccountFormProps<T extends MessengerType> = {
  /** Messenger type of the form; types `onSubmit` and the other callbacks. */
  type: T;
} & MessengerFormProps<ConfigOf<T>>;

/**
 * Renders the form of any messenger type; `type="viber"` gives the callbacks a `ViberConfig`.
 * Changing `type` starts a fresh form.
 * @example
 * <MessengerAccountForm type="telegram" onSubmit={(config) => save(config)} />
 */
export function MessengerAccountForm<T extends MessengerType>({
  type,
  ...props
}: MessengerAccountFormProps<T>) {
  const descriptor = messengerDescriptors[type] as MessengerDescriptor<ConfigOf<T>>;
  return <MessengerFormEngine key={type} descriptor={descriptor} {...props} />;
}
