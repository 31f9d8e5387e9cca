// Texts for play functions from the catalogue of the story's locale (the toolbar's 'en' or 'ja').
import { en, formatMessage, ja, type MessageKey, type Messages } from '../../src';
import type { MessengerFormsLocale } from '../../src';

const catalogues: Readonly<Record<MessengerFormsLocale, Messages>> = { en, ja };

/** The locale a story renders in: its `globals.locale` (set by the toolbar or the story). */
export function localeOf(globals: Readonly<Record<string, unknown>>): MessengerFormsLocale {
  return globals.locale === 'ja' ? 'ja' : 'en';
}

/** Translates a catalogue key the way the components do. */
export type StoryTranslate = (
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

/**
 * `t` for a play function: the message of `key` in the story's locale, so the
 * assertions hold whichever language the toolbar shows.
 * @example
 * play: async ({ canvasElement, globals }) => {
 *   const t = translator(globals);
 *   await userEvent.click(within(canvasElement).getByRole('button', { name: t('form.save') }));
 * }
 */
export function translator(globals: Readonly<Record<string, unknown>>): StoryTranslate {
  const messages = catalogues[localeOf(globals)];
  return (key, params) => formatMessage(messages[key], params);
}

/**
 * Texts the host application renders itself (not the library): a host
 * localizes them too, so the stories do.
 */
export const hostTexts = {
  saveAccount: { en: 'Save {name} account', ja: '{name}アカウントを保存' },
  pageTitle: { en: 'Messenger Integration', ja: 'メッセンジャー連携' },
  noAccounts: {
    en: 'No messenger accounts yet.',
    ja: 'メッセンジャーアカウントはまだありません。',
  },
  accounts: { en: 'Messenger accounts', ja: 'メッセンジャーアカウント' },
  saved: { en: 'Saved: {account}', ja: '保存しました：{account}' },
  twilioAccepted: {
    en: 'Twilio accepted the credentials; {number} can send WhatsApp messages.',
    ja: 'Twilio が認証情報を受け付けました。{number} から WhatsApp メッセージを送信できます。',
  },
  accountExists: {
    en: 'An account for {account} already exists in this tenant.',
    ja: '{account} のアカウントはこのテナントに既に存在します。',
  },
  accountChanged: {
    en: 'the account was changed by someone else; reload it',
    ja: 'このアカウントは他のユーザーによって変更されました。再読み込みしてください',
  },
} satisfies Record<string, Record<MessengerFormsLocale, string>>;

/** A host text in the story's locale. */
export function hostText(
  key: keyof typeof hostTexts,
  globals: Readonly<Record<string, unknown>>,
  params?: Readonly<Record<string, string | number>>,
): string {
  return formatMessage(hostTexts[key][localeOf(globals)], params);
}

/**
 * Parameter of a story whose play function makes the host (here the mock
 * server) show its own English text, e.g. `Connected to @acme_support_bot`.
 * The Japanese sweep (test/stories/sweepJapanese.tsx) then checks the story as
 * rendered, before the play function, instead of after it.
 */
export function hostEnglish(reason: string) {
  return { hostEnglish: { reason } };
}

/** What the components read from an `ActionResult` (or one of its warnings) to show it. */
interface ResultLike {
  message?: string;
  code?: string;
  params?: Readonly<Record<string, string | number>>;
}

/**
 * The text the form shows for an action result, as the components choose it:
 * the catalogue's `result.<code>` message (in the story's locale) when the
 * catalogue has one, else the host's own `message`.
 */
export function resultText(
  result: ResultLike,
  globals: Readonly<Record<string, unknown>>,
): string | undefined {
  const own = (messages: Messages, key: string) =>
    Object.prototype.hasOwnProperty.call(messages, key)
      ? (messages as Record<string, string>)[key]
      : undefined;
  const key = `result.${result.code}`;
  const template = result.code
    ? (own(catalogues[localeOf(globals)], key) ?? own(en, key))
    : undefined;
  return template === undefined ? result.message : formatMessage(template, result.params);
}

/** The value the last call of a spied async callback resolved to (e.g. an `ActionResult`). */
export async function lastResolved<R>(spy: unknown): Promise<R> {
  const results = (spy as { mock: { results: Array<{ value: unknown }> } }).mock.results;
  return (await results[results.length - 1]?.value) as R;
}
