/**
 * The built-in messenger types, in the order used everywhere (picker, menus, docs).
 */
export const MESSENGER_TYPES = ['facebook', 'line', 'nexmo', 'telegram', 'viber'] as const;

/** Identifier of a built-in messenger type. */
export type MessengerType = (typeof MESSENGER_TYPES)[number];

/**
 * Product names of the messenger types. They are brand names, so they are the
 * same in every locale.
 */
export const MESSENGER_DISPLAY_NAMES: Readonly<Record<MessengerType, string>> = {
  facebook: 'Facebook Messenger',
  line: 'LINE',
  nexmo: 'Nexmo',
  telegram: 'Telegram',
  viber: 'Viber',
};

/**
 * Whether `value` is the id of a built-in messenger type.
 * @param value Any value, e.g. the `type` of an untrusted config.
 */
export function isMessengerType(value: unknown): value is MessengerType {
  return typeof value === 'string' && (MESSENGER_TYPES as readonly string[]).includes(value);
}
