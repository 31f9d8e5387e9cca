import type { MessengerDescriptor } from '../core/descriptor';
import type { MessengerType } from '../core/messengerTypes';
import type { ConfigOf } from '../core/types';
import { facebookDescriptor } from './facebook/descriptor';
import { lineDescriptor } from './line/descriptor';
import { nexmoDescriptor } from './nexmo/descriptor';
import { telegramDescriptor } from './telegram/descriptor';
import { viberDescriptor } from './viber/descriptor';

/** Descriptor of every built-in messenger type. */
export const messengerDescriptors: {
  readonly [T in MessengerType]: MessengerDescriptor<ConfigOf<T>>;
} = {
  facebook: facebookDescriptor,
  line: lineDescriptor,
  nexmo: nexmoDescriptor,
  telegram: telegramDescriptor,
  viber: viberDescriptor,
};
