export { TelegramAccountForm } from './TelegramAccountForm';
export type { TelegramAccountFormProps } from './TelegramAccountForm';
export { telegramDescriptor } from './descriptor';
