import type { AnyObjectSchema } from 'yup';
import type { MessengerType } from '../core/messengerTypes';
import { messengerDescriptors } from './registry';

/**
 * One Yup schema per messenger type, for normalized values (without `type`).
 * Messages are catalogue keys (see `en`); prefer `validateMessengerConfig`,
 * which also normalizes and translates.
 */
export const messengerSchemas: { readonly [T in MessengerType]: AnyObjectSchema } = {
  facebook: messengerDescriptors.facebook.schema,
  line: messengerDescriptors.line.schema,
  nexmo: messengerDescriptors.nexmo.schema,
  telegram: messengerDescriptors.telegram.schema,
  viber: messengerDescriptors.viber.schema,
};
