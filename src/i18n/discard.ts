/**
 * Texts of the "Discard changes?" dialog. Kept apart from the common catalogue:
 * the forms load them with the dialog, on demand. They are part of the public
 * `en` / `ja` catalogues and of `MessageKey`, so a host overrides them through
 * `messages` like any other text.
 */
const en = {
  'discard.title': 'Discard changes?',
  'discard.body': 'Your changes to this account have not been saved.',
  'discard.keep': 'Keep editing',
  'discard.confirm': 'Discard',
} as const;

/** Texts of the discard dialog, by locale; keys as in the catalogue. */
export const discardMessages: { en: typeof en; ja: Record<keyof typeof en, string> } = {
  en,
  ja: {
    'discard.title': '変更を破棄しますか？',
    'discard.body': 'このアカウントへの変更は保存されていません。',
    'discard.keep': '編集を続ける',
    'discard.confirm': '破棄',
  },
};
