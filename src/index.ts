// Components, types and schemas of messenger-integration-forms.
export { MESSENGER_TYPES, MESSENGER_DISPLAY_NAMES, isMessengerType } from './core/messengerTypes';
export { validateMessengerConfig, getMessengerWarnings } from './core/validation';
export { generateVerifyToken } from './core/generateVerifyToken';
export { parseWebhookUrl } from './core/webhookUrl';
export {
  normalizeText,
  normalizeCompact,
  normalizeUsername,
  normalizeTelegramToken,
} from './core/normalize';
export { messengerSchemas } from './messengers/schemas';
export { messengerDescriptors } from './messengers/registry';
export { en } from './i18n/en';
export { formatMessage } from './i18n/format';

export type { MessengerType } from './core/messengerTypes';
export type {
  FacebookConfig,
  LineConfig,
  NexmoConfig,
  TelegramConfig,
  ViberConfig,
  MessengerConfig,
  ConfigOf,
  ConfigField,
  ConfigValues,
  ActionResult,
  WebhookResult,
  TestConnectionContext,
  SetWebhookContext,
  MessengerFormState,
  MessengerFormProps,
} from './core/types';
export type { ValidationResult, ValidationOptions } from './core/validation';
export type { WebhookUrlResult } from './core/webhookUrl';
export type {
  BaseConfig,
  FieldKind,
  FieldDescriptor,
  ActionsDescriptor,
  MessengerDescriptor,
} from './core/descriptor';
export type { MessageKey, Messages } from './i18n/en';
