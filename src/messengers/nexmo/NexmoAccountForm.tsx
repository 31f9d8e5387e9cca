import { MessengerFormEngine } from '../../core/form/MessengerFormEngine';
import type { NexmoConfig, MessengerFormProps } from '../../core/types';
import { nexmoDescriptor } from './descriptor';

/** Props of {@link NexmoAccountForm}. */
export type NexmoAccountFormProps = MessengerFormProps<NexmoConfig>;

/**
 * Form for a Nexmo account: Name, Type, Key and Secret. Nexmo has no Test Connection or Set Webhook.
 * @example
 * <NexmoAccountForm onSubmit={(config) => api.save(config)} />
 */
export function NexmoAccountForm(props: NexmoAccountFormProps) {
  return <MessengerFormEngine descriptor={nexmoDescriptor} {...props} />;
}
