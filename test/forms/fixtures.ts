import type { ComponentType } from 'react';
import {
  FacebookAccountForm,
  LineAccountForm,
  NexmoAccountForm,
  TelegramAccountForm,
  ViberAccountForm,
  createMessengerForm,
  en,
  isMessengerType,
  messengerDescriptors,
  type AnyMessengerDescriptor,
  type BaseConfig,
  type MessageKey,
  type MessengerConfig,
  type MessengerFormProps,
  type MessengerType,
} from '../../src';
import { whatsappTwilio } from '../../stories/examples/whatsappTwilio';

/** The five types, in the order of the design table. */
export const TYPES = ['facebook', 'line', 'nexmo', 'telegram', 'viber'] as const;

/**
 * Custom messenger types the suite also covers, built only through the public
 * API (the example of stories/examples). Defined once, so providers stay memoized.
 */
export const MESSENGERS = [whatsappTwilio] as const;

/** Every type id the tables below know: the built-in ones and the custom example. */
export type SuiteType = MessengerType | (typeof MESSENGERS)[number]['type'];

/** The descriptor of a built-in or custom type id. */
export function descriptorOf(type: string): AnyMessengerDescriptor {
  const descriptor = isMessengerType(type)
    ? messengerDescriptors[type]
    : MESSENGERS.find((m) => m.type === type);
  if (!descriptor) throw new Error(`Unknown messenger type "${type}"`);
  return descriptor;
}

/** English text of a catalogue key, or of a key of a custom messenger's own `messages`. */
export function text(key: string): string {
  const value =
    (en as Readonly<Record<string, string>>)[key] ??
    MESSENGERS.map((m) => m.messages?.en?.[key]).find((t) => t !== undefined);
  if (value === undefined) throw new Error(`No English text for "${key}"`);
  return value;
}

/** Display names, as the design table spells them (not read from the source). */
export const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  facebook: 'Facebook Messenger',
  line: 'LINE',
  nexmo: 'Nexmo',
  telegram: 'Telegram',
  viber: 'Viber',
  'whatsapp-twilio': 'WhatsApp (Twilio)',
} satisfies Record<SuiteType, string>;

/** Every label of a form, in display order (Type second), as the design table has them. */
export const EXPECTED_LABELS: Readonly<Record<string, readonly string[]>> = {
  facebook: ['Page Username', 'Type', 'Page ID', 'Token', 'Webhook Verify Token', 'App Secret'],
  line: ['Name', 'Type', 'Token', 'Channel Secret'],
  nexmo: ['Name', 'Type', 'Key', 'Secret'],
  telegram: ['Bot Username', 'Type', 'Token'],
  viber: ['Bot Username', 'Type', 'Token'],
  'whatsapp-twilio': ['Account SID', 'Type', 'Auth Token', 'Sender phone number'],
} satisfies Record<SuiteType, readonly string[]>;

/** Which actions each type offers (design table). */
export const EXPECTED_ACTIONS: Readonly<
  Record<string, { testConnection: boolean; setWebhook: boolean }>
> = {
  facebook: { testConnection: true, setWebhook: true },
  line: { testConnection: true, setWebhook: true },
  nexmo: { testConnection: false, setWebhook: false },
  telegram: { testConnection: true, setWebhook: true },
  viber: { testConnection: true, setWebhook: true },
  'whatsapp-twilio': { testConnection: true, setWebhook: false },
} satisfies Record<SuiteType, { testConnection: boolean; setWebhook: boolean }>;

/** A widened form component, so tables can render any type. */
export type AnyForm = ComponentType<MessengerFormProps<MessengerConfig>>;

/** Custom types render inside `MessengerFormsProvider messengers` (see `renderForm`). */
export const FORMS: Readonly<Record<string, AnyForm>> = {
  facebook: FacebookAccountForm as unknown as AnyForm,
  line: LineAccountForm as unknown as AnyForm,
  nexmo: NexmoAccountForm as unknown as AnyForm,
  telegram: TelegramAccountForm as unknown as AnyForm,
  viber: ViberAccountForm as unknown as AnyForm,
  'whatsapp-twilio': createMessengerForm(whatsappTwilio) as unknown as AnyForm,
} satisfies Record<SuiteType, AnyForm>;

// Characters an administrator pastes without seeing them.
export const ZWSP = '\u200B';
export const ZWJ = '\u200D';
export const BOM = '\uFEFF';

/** One field value that breaks (or only bends) a rule, and the English message it gives. */
export interface FieldCase {
  /** Label of the field. */
  label: string;
  /** Config key of the field. */
  key: string;
  value: string;
  message: string;
}

/** Per-type sample values driving the conformance suite. All secrets are obviously fake. */
export interface FormSample<C extends BaseConfig = MessengerConfig> {
  /** A built-in type, or a custom one of {@link MESSENGERS} (a key of the tables above). */
  type: string;
  /** What an administrator pastes, by label: stray spaces, newlines, `@`, zero-width characters. */
  pasted: Readonly<Record<string, string>>;
  /** The normalized config the form must emit for `pasted`. */
  config: C;
  /** A value breaking a hard rule in a field that is not the first one. */
  invalid: FieldCase;
  /** A value breaking only a soft rule (warning), if the type has one. */
  warning?: FieldCase;
  /** For Viber: what to enter in the Set Webhook dialog, and the URL the callback gets. */
  webhook?: { input: string; url: string };
  /**
   * Optional fields (DESIGN "New optional fields"), by label: left empty they are
   * absent from the config; `warning` is the soft warning shown while empty.
   */
  optional?: Readonly<Record<string, { key: string; warning?: string }>>;
}

const m = (key: MessageKey) => en[key];

export const SAMPLES: Readonly<Record<MessengerType, FormSample>> = {
  facebook: {
    type: 'facebook',
    pasted: {
      'Page Username': ' @acme.support\n',
      'Page ID': `${ZWSP}104523878912345 `,
      Token: ` EAAFAKE_page_token_for_tests_only${ZWJ}\n`,
      'Webhook Verify Token': `FAKE-verify-token-for-tests-only${BOM} `,
      'App Secret': ` FAKE0app0secret0for0tests0only0a${ZWSP}\n`,
    },
    config: {
      type: 'facebook',
      pageUsername: 'acme.support',
      pageId: '104523878912345',
      token: 'EAAFAKE_page_token_for_tests_only',
      webhookVerifyToken: 'FAKE-verify-token-for-tests-only',
      appSecret: 'FAKE0app0secret0for0tests0only0a',
    },
    optional: {
      'Page Username': { key: 'pageUsername' },
      'App Secret': { key: 'appSecret', warning: m('warning.facebookAppSecret') },
    },
    invalid: {
      label: 'Page ID',
      key: 'pageId',
      value: 'acme-page',
      message: m('error.facebookPageId'),
    },
    warning: {
      label: 'Token',
      key: 'token',
      value: 'FAKE_token_not_from_facebook',
      message: m('warning.facebookToken'),
    },
  },
  line: {
    type: 'line',
    pasted: {
      Name: '  Acme  Support\n',
      Token: `FAKE_line_token_for_tests_only${ZWSP} \n`,
      'Channel Secret': `${BOM}FAKE0channel0secret0for0tests000 `,
    },
    config: {
      type: 'line',
      name: 'Acme Support',
      token: 'FAKE_line_token_for_tests_only',
      channelSecret: 'FAKE0channel0secret0for0tests000',
    },
    optional: {
      'Channel Secret': { key: 'channelSecret', warning: m('warning.lineChannelSecret') },
    },
    invalid: { label: 'Token', key: 'token', value: '', message: m('error.required') },
  },
  nexmo: {
    type: 'nexmo',
    pasted: {
      Name: ' Acme SMS \n',
      Key: `${BOM}fa4e0001 `,
      Secret: ` FAKEnexmoSecret0nly${ZWJ}\n`,
    },
    config: { type: 'nexmo', name: 'Acme SMS', key: 'fa4e0001', secret: 'FAKEnexmoSecret0nly' },
    invalid: { label: 'Key', key: 'key', value: 'fa4e-0001', message: m('error.nexmoKey') },
    warning: { label: 'Key', key: 'key', value: 'fa4e01', message: m('warning.nexmoKey') },
  },
  telegram: {
    type: 'telegram',
    pasted: {
      'Bot Username': ' @acme_support_bot\n',
      Token: `123456789:AAFAKE_token_for_tests_only_xxxxxxx${ZWSP} \n`,
    },
    config: {
      type: 'telegram',
      botUsername: 'acme_support_bot',
      token: '123456789:AAFAKE_token_for_tests_only_xxxxxxx',
    },
    invalid: {
      label: 'Token',
      key: 'token',
      value: 'AAFAKE_token_without_the_bot_id',
      message: m('error.telegramToken'),
    },
    warning: {
      label: 'Token',
      key: 'token',
      value: '123456789:AAFAKE_short_token_for_tests',
      message: m('warning.telegramToken'),
    },
  },
  viber: {
    type: 'viber',
    pasted: {
      'Bot Username': '@acmesupport \n',
      Token: ` fa4efa4efa4efa4e-0000000000000000-${ZWSP}fa4efa4efa4efa4e\n`,
    },
    config: {
      type: 'viber',
      botUsername: 'acmesupport',
      token: 'fa4efa4efa4efa4e-0000000000000000-fa4efa4efa4efa4e',
    },
    invalid: { label: 'Token', key: 'token', value: `${ZWSP} `, message: m('error.required') },
    warning: {
      label: 'Token',
      key: 'token',
      value: 'FAKE_viber_token_for_tests_only',
      message: m('warning.viberToken'),
    },
    webhook: { input: 'office.example.com:1234', url: 'https://office.example.com:1234' },
  },
};

/** The config of a sample keyed by label, i.e. what the inputs show once normalized. */
export function labelledValues(sample: FormSample<BaseConfig>): Record<string, string> {
  const labels = EXPECTED_LABELS[sample.type].filter((label) => label !== 'Type');
  const values = Object.values(sample.config).slice(1) as string[];
  return Object.fromEntries(labels.map((label, i) => [label, values[i]]));
}

/** Values of secret fields (tokens, Secret), which must never be logged or shown. */
export function secretsOf(sample: FormSample<BaseConfig>): string[] {
  const config = sample.config as unknown as Record<string, string>;
  const keys: Record<string, string[]> = {
    facebook: ['token', 'webhookVerifyToken', 'appSecret'],
    line: ['token', 'channelSecret'],
    nexmo: ['secret'],
    telegram: ['token'],
    viber: ['token'],
    'whatsapp-twilio': ['authToken'],
  } satisfies Record<SuiteType, string[]>;
  return keys[sample.type].map((key) => config[key]);
}

/** A promise with its settle functions, to hold a callback in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
