import { MessengerFormEngine } from '../../core/form/MessengerFormEngine';
import type { FacebookConfig, MessengerFormProps } from '../../core/types';
import { facebookDescriptor } from './descriptor';

/** Props of {@link FacebookAccountForm}. */
export type FacebookAccountFormProps = MessengerFormProps<FacebookConfig>;

/**
 * Form for a Facebook Messenger account: Page Username, Type, Page ID, Token and Webhook Verify Token (with Generate random token and Copy); Test Connection when `onTestConnection` is given.
 * @example
 * <FacebookAccountForm onSubmit={(config) => api.save(config)} />
 */
export function FacebookAccountForm(props: FacebookAccountFormProps) {
  return <MessengerFormEngine descriptor={facebookDescriptor} {...props} />;
}
