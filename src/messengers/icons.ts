import type { MessengerIcon } from '../core/descriptor';
import type { MessengerType } from './builtIns';
import { facebookIcon } from './facebook/icon';
import { lineIcon } from './line/icon';
import { nexmoIcon } from './nexmo/icon';
import { telegramIcon } from './telegram/icon';
import { viberIcon } from './viber/icon';

/**
 * Brand marks of the built-in types (from simple-icons, see scripts/icons.mjs),
 * kept out of the descriptors so the typed forms, the connectors and the mocks
 * do not carry icons they never draw; only the picker and the add menu import them.
 * @internal
 */
export const builtInIcons: Readonly<Record<MessengerType, MessengerIcon>> = {
  facebook: facebookIcon,
  line: lineIcon,
  nexmo: nexmoIcon,
  telegram: telegramIcon,
  viber: viberIcon,
};
