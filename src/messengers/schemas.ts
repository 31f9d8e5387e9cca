import type { AnyObjectSchema } from 'yup';
import { builtInMessengers, type MessengerType } from './builtIns';

/**
 * One Yup schema per messenger type, for normalized values (without `type`).
 * Messages are catalogue keys (see `en`); prefer `validateMessengerConfig`,
 * which also normalizes and translates.
 */
export const messengerSchemas: { readonly [T in MessengerType]: AnyObjectSchema } =
  /* @__PURE__ */ Object.fromEntries(
    /* @__PURE__ */ builtInMessengers.map((descriptor) => [descriptor.type, descriptor.schema]),
  ) as {
    readonly [T in MessengerType]: AnyObjectSchema;
  };
