export { ViberAccountForm } from './ViberAccountForm';
export type { ViberAccountFormProps } from './ViberAccountForm';
export { viberDescriptor } from './descriptor';
