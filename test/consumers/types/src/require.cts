// CommonJS consumer (node16): these imports compile to require() and resolve
// the package's "require" condition, i.e. the .d.cts declarations.
import {
  MESSENGER_DISPLAY_NAMES,
  validateMessengerConfig,
  type TelegramAccountFormProps,
  type TelegramConfig,
} from 'messenger-integration-forms';
import { createMockHandlers, type MockHandlersOptions } from 'messenger-integration-forms/mocks';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): T | void {}

expectType<Equal<Parameters<TelegramAccountFormProps['onSubmit']>[0], TelegramConfig>>();
export const name: string = MESSENGER_DISPLAY_NAMES.telegram;
export const valid: boolean = validateMessengerConfig({}).ok;
const options: MockHandlersOptions = { baseUrl: '/api' };
export const handlers = createMockHandlers(options);
// @ts-expect-error -- not a messenger type
export const missing: string = MESSENGER_DISPLAY_NAMES.whatsapp;
