import { en as coreEn, type MessageKey as CoreMessageKey } from '../i18n/en';
import { actionResultMessages } from '../i18n/actionResult';
import { discardMessages } from '../i18n/discard';
import { formatMessage } from '../i18n/format';
import { ja as coreJa } from '../i18n/ja';
import { webhookDialogMessages } from '../i18n/webhookDialog';
import { builtInMessengers, MESSENGER_TYPES } from './builtIns';
import { facebookMessages } from './facebook/messages';
import { lineMessages } from './line/messages';
import { nexmoMessages } from './nexmo/messages';
import { telegramMessages } from './telegram/messages';
import { viberMessages } from './viber/messages';

type BuiltInTexts = (typeof webhookDialogMessages)['en'] &
  (typeof actionResultMessages)['en'] &
  (typeof discardMessages)['en'] &
  typeof facebookMessages.en &
  typeof lineMessages.en &
  typeof nexmoMessages.en &
  typeof telegramMessages.en &
  typeof viberMessages.en;

/** Key of a message in the catalogue. */
export type MessageKey = CoreMessageKey | keyof BuiltInTexts;

/** A complete message catalogue: every key of the English one. */
export type Messages = Record<MessageKey, string>;

/* @__NO_SIDE_EFFECTS__ */ function compose(
  locale: 'en' | 'ja',
  core: Readonly<Record<string, string>>,
): Messages {
  // The common texts, those of the parts the forms load on demand, then each messenger's.
  const messages: Record<string, string> = {
    ...core,
    ...webhookDialogMessages[locale],
    ...discardMessages[locale],
    ...actionResultMessages[locale],
  };
  for (const descriptor of builtInMessengers)
    Object.assign(messages, descriptor.messages?.[locale]);
  messages['error.unknownType'] = formatMessage(core['error.unknownType'], {
    types: MESSENGER_TYPES.join(', '),
  });
  return messages as Messages;
}

/**
 * English message catalogue: the common texts of the forms plus the texts of
 * every built-in messenger (from its folder). Placeholders are written
 * `{name}` and filled by `formatMessage`.
 */
export const en = compose('en', coreEn) as typeof coreEn & BuiltInTexts;

/**
 * Japanese message catalogue. Same keys and `{name}` placeholders as the
 * English one. Product names (Facebook, LINE, Nexmo, Telegram, Viber,
 * @BotFather) stay in Latin script.
 */
export const ja: Messages = compose('ja', coreJa);
