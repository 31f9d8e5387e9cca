import type { ConfigOfDescriptor } from '../core/descriptor';
import { facebookDescriptor } from './facebook/descriptor';
import { lineDescriptor } from './line/descriptor';
import { nexmoDescriptor } from './nexmo/descriptor';
import { telegramDescriptor } from './telegram/descriptor';
import { viberDescriptor } from './viber/descriptor';

/**
 * The built-in messengers, in the order used everywhere (picker, menus,
 * docs). Everything else about them (type ids, display names, config types,
 * secret keys, schemas, catalogue texts) is derived from this list: adding a
 * built-in is its folder plus one line here.
 */
export const builtInMessengers = [
  facebookDescriptor,
  lineDescriptor,
  nexmoDescriptor,
  telegramDescriptor,
  viberDescriptor,
] as const;

type BuiltIns = typeof builtInMessengers;
type TypesOf<L extends ReadonlyArray<{ type: string }>> = { readonly [I in keyof L]: L[I]['type'] };
type BuiltIn = BuiltIns[number];

/**
 * The built-in messenger types, in the order used everywhere (picker, menus, docs).
 */
export const MESSENGER_TYPES = /* @__PURE__ */ builtInMessengers.map(
  (descriptor) => descriptor.type,
) as unknown as TypesOf<BuiltIns>;

/** Identifier of a built-in messenger type. */
export type MessengerType = BuiltIn['type'];

/** The descriptor of built-in type `T`. */
export type BuiltInDescriptorOf<T extends MessengerType> = Extract<BuiltIn, { type: T }>;

/**
 * Product names of the messenger types. They are brand names, so they are the
 * same in every locale.
 */
export const MESSENGER_DISPLAY_NAMES: Readonly<Record<MessengerType, string>> =
  /* @__PURE__ */ Object.fromEntries(
    /* @__PURE__ */ builtInMessengers.map((descriptor) => [
      descriptor.type,
      descriptor.displayName,
    ]),
  ) as Record<MessengerType, string>;

/**
 * Whether `value` is the id of a built-in messenger type.
 * @param value Any value, e.g. the `type` of an untrusted config.
 */
export function isMessengerType(value: unknown): value is MessengerType {
  return typeof value === 'string' && (MESSENGER_TYPES as readonly string[]).includes(value);
}

/** Any built-in messenger config, discriminated by `type`. */
export type MessengerConfig = ConfigOfDescriptor<BuiltIn>;
