import { expect } from 'vitest';
import { en, type MessageKey } from '../../src/messengers/catalogues';
import type { MessengerType } from '../../src/messengers/builtIns';
import type { ConfigOf, MessengerConfig } from '../../src/messengers/types';
import { validateMessengerConfig } from '../../src/messengers/validation';
import type { MessengerDescriptor } from '../../src/core/descriptor';
import { messengerDescriptors } from '../../src/messengers/registry';

/** A realistic, valid, already-normalized config of every type (no warnings either). */
export const VALID: { readonly [T in MessengerType]: ConfigOf<T> } = {
  facebook: {
    type: 'facebook',
    pageUsername: 'acme.support',
    pageId: '104523878912345',
    token: 'EAAGm0PX4ZCpsBAKqZBnZA7ZC8XyZAbcdEFGHijklMNOPqrstUVwxyz0123456789',
    webhookVerifyToken: 'q3Vb8yJ0kLmN_pQrStUvWx-Yz0123456789AbCdEfGh',
    appSecret: 'fake0app0secret0for0tests000000a',
  },
  line: {
    type: 'line',
    name: 'Acme Support',
    token: 'xR7vK2bN9mQ4wL8pT1sY6dF3hJ5gA0zC+/eU=',
    channelSecret: 'fake0channel0secret0for0tests000',
  },
  nexmo: { type: 'nexmo', name: 'Acme SMS', key: 'a1b2c3d4', secret: 'S3cr3tValue42' },
  telegram: {
    type: 'telegram',
    botUsername: 'acme_support_bot',
    token: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1',
  },
  viber: {
    type: 'viber',
    botUsername: 'acmesupport',
    token: '4453b6ac1234567a-e02ab5bcbc6b0e6a-6d2c5d0e9a1b2c3d',
  },
};

export const TYPES = ['facebook', 'line', 'nexmo', 'telegram', 'viber'] as const;

/** The optional fields of every type (DESIGN "New optional fields"): empty → absent from the config. */
export const OPTIONAL: { readonly [T in MessengerType]: readonly string[] } = {
  facebook: ['pageUsername', 'appSecret'],
  line: ['channelSecret'],
  nexmo: [],
  telegram: [],
  viber: [],
};

/** The required fields of every type, in display order. */
export function requiredFields(type: MessengerType): string[] {
  return FIELDS[type].filter((field) => !OPTIONAL[type].includes(field));
}

/** The editable fields of every type, in display order. */
export const FIELDS: { readonly [T in MessengerType]: readonly string[] } = {
  facebook: ['pageUsername', 'pageId', 'token', 'webhookVerifyToken', 'appSecret'],
  line: ['name', 'token', 'channelSecret'],
  nexmo: ['name', 'key', 'secret'],
  telegram: ['botUsername', 'token'],
  viber: ['botUsername', 'token'],
};

/** Translates field → catalogue key into field → English message. */
export function messagesOf(keys: Record<string, MessageKey>): Record<string, string> {
  return Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, en[key]]));
}

/** Asserts that `input` is rejected with exactly these field errors. */
export function expectErrors(input: unknown, keys: Record<string, MessageKey>): void {
  expect(validateMessengerConfig(input)).toEqual({ ok: false, errors: messagesOf(keys) });
}

/** Asserts that `input` is accepted and normalized to exactly `config`. */
export function expectConfig(input: unknown, config: MessengerConfig): void {
  expect(validateMessengerConfig(input)).toEqual({ ok: true, config });
}

/** A short, readable form of a value for test names (long strings are cut). */
export function show(value: unknown): string {
  if (typeof value !== 'string')
    return typeof value === 'symbol' ? value.toString() : String(value);
  const json = JSON.stringify(value);
  return value.length > 40
    ? `${JSON.stringify(value.slice(0, 12))}… (${value.length} chars)`
    : json;
}

/** `VALID[type]` with one field replaced. */
export function withField(type: MessengerType, field: string, value: unknown) {
  return { ...VALID[type], [field]: value } as Record<string, unknown>;
}

/** The descriptor of `type`, widened like validation.ts does. */
export function descriptorOf(type: MessengerType): MessengerDescriptor<MessengerConfig> {
  return messengerDescriptors[type] as unknown as MessengerDescriptor<MessengerConfig>;
}

// Characters an administrator pastes without seeing them.
export const NBSP = '\u00A0';
export const ZWSP = '\u200B';
export const ZWNJ = '\u200C';
export const ZWJ = '\u200D';
export const WORD_JOINER = '\u2060';
export const BOM = '\uFEFF';

/** Bidirectional controls a right-to-left UI puts around a copied value. */
export const BIDI_CONTROLS = [
  '\u200E', // LRM
  '\u200F', // RLM
  '\u202A', // LRE
  '\u202B', // RLE
  '\u202C', // PDF
  '\u202D', // LRO
  '\u202E', // RLO
  '\u2066', // LRI
  '\u2067', // RLI
  '\u2068', // FSI
  '\u2069', // PDI
  '\u061C', // ALM
] as const;

/** C0 controls that are not whitespace, DEL and C1 controls (terminals, bad copies). */
export const CONTROL_CHARS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u001B',
  '\u001F',
  '\u007F',
  '\u0080',
  '\u0085',
  '\u009B',
  '\u009F',
] as const;
