import { MessengerFormEngine } from '../../core/form/MessengerFormEngine';
import type { ViberConfig, MessengerFormProps } from '../../core/types';
import { viberDescriptor } from './descriptor';

/** Props of {@link ViberAccountForm}. */
export type ViberAccountFormProps = MessengerFormProps<ViberConfig>;

/**
 * Form for a Viber Public Account: Bot Username, Type and Token; Set Webhook (asks for the webhook URL, host and port) and Test Connection when their callbacks are given.
 * @example
 * <ViberAccountForm onSubmit={(config) => api.save(config)} />
 */
export function ViberAccountForm(props: ViberAccountFormProps) {
  return <MessengerFormEngine descriptor={viberDescriptor} {...props} />;
}
