import { MessengerFormEngine } from '../../core/form/MessengerFormEngine';
import type { LineConfig, MessengerFormProps } from '../../core/types';
import { lineDescriptor } from './descriptor';

/** Props of {@link LineAccountForm}. */
export type LineAccountFormProps = MessengerFormProps<LineConfig>;

/**
 * Form for a LINE account: Name, Type and Token; Test Connection when `onTestConnection` is given.
 * @example
 * <LineAccountForm onSubmit={(config) => api.save(config)} />
 */
export function LineAccountForm(props: LineAccountFormProps) {
  return <MessengerFormEngine descriptor={lineDescriptor} {...props} />;
}
