export { NexmoAccountForm } from './NexmoAccountForm';
export type { NexmoAccountFormProps } from './NexmoAccountForm';
export { nexmoDescriptor } from './descriptor';
