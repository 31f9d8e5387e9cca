// Type tests of the components, as an application written in TSX sees them.
import {
  CreateMessengerAccountDialog,
  MessengerAccountForm,
  TelegramAccountForm,
  ViberAccountForm,
  type ActionResult,
  type ConfigOf,
  type MessengerAccountFormProps,
  type MessengerConfig,
  type TelegramAccountFormProps,
  type TelegramConfig,
  type ViberConfig,
} from 'messenger-integration-forms';
import type { Equal } from './assert.js';
import { expectType } from './assert.js';

const save = async (_config: MessengerConfig): Promise<void> => {};

// 1. TelegramAccountForm's onSubmit receives a TelegramConfig.
export const telegram = (
  <TelegramAccountForm
    onSubmit={(config) => {
      expectType<Equal<typeof config, TelegramConfig>>();
      const token: string = config.token;
      return save({ ...config, token });
    }}
    onTestConnection={async (config, ctx): Promise<ActionResult> => {
      expectType<Equal<typeof config, TelegramConfig>>();
      expectType<Equal<typeof ctx.signal, AbortSignal>>();
      if (ctx.signal.aborted) return { ok: false, message: 'aborted' };
      return { ok: true, message: `Connected to @${config.botUsername}` };
    }}
  />
);
expectType<Equal<Parameters<TelegramAccountFormProps['onSubmit']>[0], TelegramConfig>>();
expectType<Equal<TelegramConfig['type'], 'telegram'>>();

// 2. MessengerAccountForm type="viber" narrows every callback to ViberConfig.
export const viber = (
  <MessengerAccountForm
    type="viber"
    initialValues={{ botUsername: 'acme' }}
    onSubmit={(config) => {
      expectType<Equal<typeof config, ViberConfig>>();
      return save(config);
    }}
    onSetWebhook={async (config, ctx) => {
      expectType<Equal<typeof config, ViberConfig>>();
      return { ok: true, webhookUrl: ctx.webhookUrl };
    }}
  />
);
expectType<Equal<Parameters<MessengerAccountFormProps<'viber'>['onSubmit']>[0], ViberConfig>>();
expectType<Equal<ConfigOf<'viber'>, ViberConfig>>();
expectType<Equal<ConfigOf<'telegram' | 'viber'>, TelegramConfig | ViberConfig>>();

// A config-wide handler fits any form (parameters are contravariant).
export const generic = <ViberAccountForm onSubmit={save} />;
export const dialog = (
  <CreateMessengerAccountDialog
    open
    type="telegram"
    onClose={() => {}}
    onCreate={(config) => {
      expectType<Equal<typeof config, TelegramConfig>>();
      return save(config);
    }}
  />
);

// 3. Wrong props fail.
// @ts-expect-error -- onSubmit is required
export const noSubmit = <TelegramAccountForm />;

const onViber = (_config: ViberConfig) => {};
// @ts-expect-error -- a Viber handler cannot take a Telegram config
export const wrongHandler = <TelegramAccountForm onSubmit={onViber} />;

// @ts-expect-error -- "whatsapp" is not a messenger type
export const unknownType = <MessengerAccountForm type="whatsapp" onSubmit={() => {}} />;

export const wrongValues = (
  // @ts-expect-error -- initial values of another messenger
  <MessengerAccountForm type="viber" initialValues={{ pageId: '123' }} onSubmit={save} />
);

export const wrongField = (
  <MessengerAccountForm
    type="viber"
    onSubmit={(config) => {
      // @ts-expect-error -- ViberConfig has no pageId
      return config.pageId;
    }}
  />
);

const badResult = async () => 'connected';
// @ts-expect-error -- onTestConnection must resolve to an ActionResult
export const wrongResult = <TelegramAccountForm onSubmit={save} onTestConnection={badResult} />;

// @ts-expect-error -- no such prop
export const unknownProp = <TelegramAccountForm onSubmit={save} colour="red" />;

export const wrongDialog = (
  // @ts-expect-error -- onCreate of a Telegram dialog gets a TelegramConfig, not a Viber one
  <CreateMessengerAccountDialog open type="telegram" onClose={() => {}} onCreate={onViber} />
);
