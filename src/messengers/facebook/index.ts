export { FacebookAccountForm } from './FacebookAccountForm';
export type { FacebookAccountFormProps } from './FacebookAccountForm';
export { facebookDescriptor } from './descriptor';
