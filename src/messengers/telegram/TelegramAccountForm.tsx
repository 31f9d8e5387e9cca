import { MessengerFormEngine } from '../../core/form/MessengerFormEngine';
import type { TelegramConfig, MessengerFormProps } from '../../core/types';
import { telegramDescriptor } from './descriptor';

/** Props of {@link TelegramAccountForm}. */
export type TelegramAccountFormProps = MessengerFormProps<TelegramConfig>;

/**
 * Form for a Telegram bot: Bot Username, Type and Token; Set Webhook and Test Connection when their callbacks are given. Set Webhook takes no URL.
 * @example
 * <TelegramAccountForm onSubmit={(config) => api.save(config)} />
 */
export function TelegramAccountForm(props: TelegramAccountFormProps) {
  return <MessengerFormEngine descriptor={telegramDescriptor} {...props} />;
}
