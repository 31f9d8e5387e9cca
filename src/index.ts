// Components, types and schemas of messenger-integration-forms.
// (No 'use client' directive here: tsup.config.ts puts it first in the built bundles.)

// Components
export { FacebookAccountForm } from './messengers/facebook';
export { LineAccountForm } from './messengers/line';
export { NexmoAccountForm } from './messengers/nexmo';
export { TelegramAccountForm } from './messengers/telegram';
export { ViberAccountForm } from './messengers/viber';
export { MessengerAccountForm } from './messengers/MessengerAccountForm';
export { AddMessengerAccountButton } from './components/AddMessengerAccountButton';
export { MessengerTypePicker } from './components/MessengerTypePicker';
export { CreateMessengerAccountDialog } from './components/CreateMessengerAccountDialog';
export { MessengerFormsProvider } from './components/MessengerFormsProvider';
export { defineMessenger } from './core/defineMessenger';
export { createMessengerForm } from './core/createMessengerForm';
export { useMessengerForm } from './core/form/useMessengerForm';
export { describeActionResult } from './core/form/describeActionResult';

// Config model (no DOM needed)
export { MESSENGER_TYPES, MESSENGER_DISPLAY_NAMES, isMessengerType } from './messengers/builtIns';
export { validateMessengerConfig, getMessengerWarnings } from './messengers/validation';
export { generateVerifyToken } from './core/generateVerifyToken';
export { parseWebhookUrl } from './core/webhookUrl';
export { normalizeText, normalizeCompact } from './core/normalize';
export { normalizeUsername, normalizeTelegramToken } from './messengers/normalize';
export { messengerSchemas } from './messengers/schemas';
export { messengerDescriptors } from './messengers/registry';
export { en, ja } from './messengers/catalogues';
export { formatMessage } from './i18n/format';

export type { FacebookAccountFormProps } from './messengers/facebook';
export type { LineAccountFormProps } from './messengers/line';
export type { NexmoAccountFormProps } from './messengers/nexmo';
export type { TelegramAccountFormProps } from './messengers/telegram';
export type { ViberAccountFormProps } from './messengers/viber';
export type { MessengerAccountFormProps } from './messengers/MessengerAccountForm';
export type { AddMessengerAccountButtonProps } from './components/AddMessengerAccountButton';
export type { MessengerTypePickerProps } from './components/MessengerTypePicker';
export type { CreateMessengerAccountDialogProps } from './components/CreateMessengerAccountDialog';
export type {
  MessengerFormsProviderProps,
  MessageOverrides,
  MessengerFormsLocale,
} from './components/MessengerFormsProvider';
export type {
  MessengerType,
  FacebookConfig,
  LineConfig,
  NexmoConfig,
  TelegramConfig,
  ViberConfig,
  MessengerConfig,
  ConfigOf,
  SecretKey,
  ConfigUpdate,
  MessengerFormProps,
  ConfigOfType,
  CustomMessengerConfigs,
  KnownMessengerType,
} from './messengers/types';
export type {
  ConfigField,
  ConfigValues,
  ActionResult,
  ActionWarning,
  ActionCheck,
  ActionCheckStatus,
  ResultParams,
  WebhookResult,
  TestConnectionContext,
  SetWebhookContext,
  MessengerFormState,
  MessengerFormMode,
  NoStoredSecrets,
  CallbackConfig,
} from './core/types';
export type { ValidationResult, ValidationOptions } from './messengers/validation';
export type {
  UseMessengerFormProps,
  UseMessengerFormResult,
  MessengerFormField,
  MessengerFormAction,
  MessengerFormActionMessage,
  MessengerFormActionOutcome,
  MessengerFormTranslate,
} from './core/form/useMessengerForm';
export type { WebhookUrlResult } from './core/webhookUrl';
export type {
  BaseConfig,
  FieldKind,
  FieldDescriptor,
  ActionsDescriptor,
  MessengerDescriptor,
  MessageText,
  MessengerIcon,
  AnyMessengerDescriptor,
  ConfigOfDescriptor,
  CustomConfig,
} from './core/descriptor';
export type { MessengerSpec, MessengerFieldSpec, DefinedConfig } from './core/defineMessenger';
export type { MessengerTypeChoiceProps } from './components/typeChoice';
export type { MessageKey, Messages } from './messengers/catalogues';
