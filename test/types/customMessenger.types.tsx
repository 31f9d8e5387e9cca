// Type tests, checked by `npm run typecheck` (tsc): no runtime code runs here.
import { useState } from 'react';
import {
  AddMessengerAccountButton,
  MessengerAccountForm,
  MessengerTypePicker,
  type MessengerType,
  createMessengerForm,
  defineMessenger,
  validateMessengerConfig,
  type ConfigOfDescriptor,
  type FacebookConfig,
  type LineConfig,
  type SecretKey,
  type TelegramConfig,
} from '../../src';
import { whatsappTwilio } from '../../stories/examples/whatsappTwilio';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(_proof?: T) => undefined;

// The config is inferred from the descriptor's fields.
type WhatsApp = ConfigOfDescriptor<typeof whatsappTwilio>;
assertType<
  Equal<
    { type: WhatsApp['type']; accountSid: string; authToken: string; phoneNumber: string },
    { type: 'whatsapp-twilio'; accountSid: string; authToken: string; phoneNumber: string }
  >
>();
assertType<Equal<keyof WhatsApp, 'type' | 'accountSid' | 'authToken' | 'phoneNumber'>>();

export const small = defineMessenger({
  type: 'wechat',
  displayName: 'WeChat',
  fields: [
    { key: 'appId', label: 'App ID' },
    { key: 'appSecret', label: 'App secret', kind: 'secret' },
  ],
});
assertType<Equal<ConfigOfDescriptor<typeof small>['type'], 'wechat'>>();
// @ts-expect-error a field the definition does not have
export const noSuchField: ConfigOfDescriptor<typeof small>['token'] = '';

// `optional: true` makes the key optional in the inferred config; the others stay required.
export const withOptional = defineMessenger({
  type: 'wechat-optional',
  displayName: 'WeChat',
  fields: [
    { key: 'appId', label: 'App ID' },
    { key: 'encodingKey', label: 'Encoding key', kind: 'secret', optional: true },
    { key: 'token', label: 'Token', kind: 'secret', optional: false },
  ],
  warnings: (config) => {
    assertType<Equal<typeof config.encodingKey, string | undefined>>();
    assertType<Equal<typeof config.appId, string>>();
    return config.encodingKey ? {} : { encodingKey: 'Add the key.' };
  },
});
type WithOptional = ConfigOfDescriptor<typeof withOptional>;
export const optionalAbsent: WithOptional = { type: 'wechat-optional', appId: 'a', token: 't' };
// @ts-expect-error a required key (token) is missing
export const requiredMissing: WithOptional = { type: 'wechat-optional', appId: 'a' };
export const optionalNotString: WithOptional = {
  type: 'wechat-optional',
  appId: 'a',
  token: 't',
  // @ts-expect-error an optional key is still a string
  encodingKey: 1,
};

// The built-in optional keys: Facebook Page Username and App Secret, LINE Channel Secret.
export const facebookMinimal: FacebookConfig = {
  type: 'facebook',
  pageId: '1',
  token: 't',
  webhookVerifyToken: 'v',
};
// @ts-expect-error pageId stays required
export const facebookNoPageId: FacebookConfig = {
  type: 'facebook',
  token: 't',
  webhookVerifyToken: 'v',
};
export const lineMinimal: LineConfig = { type: 'line', name: 'n', token: 't' };
assertType<Equal<LineConfig['channelSecret'], string | undefined>>();
assertType<Equal<FacebookConfig['appSecret'], string | undefined>>();
assertType<Equal<SecretKey<LineConfig>, 'token' | 'channelSecret'>>();
assertType<Equal<SecretKey<FacebookConfig>, 'token' | 'webhookVerifyToken' | 'appSecret'>>();

// createMessengerForm types the callbacks with that config.
const WhatsAppForm = createMessengerForm(whatsappTwilio);
export const typedForm = (
  <WhatsAppForm
    onSubmit={(config) => {
      assertType<Equal<typeof config.phoneNumber, string>>();
      // @ts-expect-error not a field of the WhatsApp config
      void config.token;
    }}
  />
);

// validateMessengerConfig with custom messengers widens the result to them.
const result = validateMessengerConfig({}, { messengers: [whatsappTwilio] });
if (result.ok && result.config.type === 'whatsapp-twilio') {
  assertType<Equal<typeof result.config.accountSid, string>>();
}
const builtIn = validateMessengerConfig({});
if (builtIn.ok && builtIn.config.type === 'telegram') {
  assertType<Equal<typeof builtIn.config, TelegramConfig>>();
}

// Built-in ids stay checked: a typo is an error.
// @ts-expect-error not a messenger type
export const typo = <MessengerAccountForm type="vibr" onSubmit={() => {}} />;

// onSelect takes a state setter of the built-in types (T stays MessengerType).
export function PickerWithSetter() {
  const [, setPicked] = useState<MessengerType | undefined>();
  return (
    <>
      <MessengerTypePicker onSelect={setPicked} />
      <AddMessengerAccountButton onSelect={setPicked} types={['telegram', 'viber']} />
    </>
  );
}
