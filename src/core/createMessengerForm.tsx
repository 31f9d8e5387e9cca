import type { BaseConfig, MessengerDescriptor } from './descriptor';
import { MessengerFormEngine } from './form/MessengerFormEngine';
import { useActionCallbackGuard } from './form/useActionCallbackGuard';
import type { MessengerFormProps } from './types';

/**
 * Makes a typed form component from a descriptor, e.g. one from
 * `defineMessenger`: its `onSubmit` receives exactly that messenger's config.
 * Register the descriptor with `MessengerFormsProvider messengers` too when its
 * texts are keys of its own `messages`.
 * @example
 * const WhatsAppTwilioAccountForm = createMessengerForm(whatsappTwilio);
 * <WhatsAppTwilioAccountForm onSubmit={(config) => save(config)} />
 */
export function createMessengerForm<C extends BaseConfig>(
  descriptor: MessengerDescriptor<C, string>,
) {
  function CustomMessengerForm(props: MessengerFormProps<C>) {
    useActionCallbackGuard(descriptor as never, props);
    return <MessengerFormEngine descriptor={descriptor} {...props} />;
  }
  CustomMessengerForm.displayName = `MessengerForm(${descriptor.type})`;
  return CustomMessengerForm;
}
