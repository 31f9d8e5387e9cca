export { LineAccountForm } from './LineAccountForm';
export type { LineAccountFormProps } from './LineAccountForm';
export { lineDescriptor } from './descriptor';
