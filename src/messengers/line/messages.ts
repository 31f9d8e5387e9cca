/** Texts of the Line form, by locale; keys as in the catalogue. */
export const lineMessages = {
  en: {
    'line.name.label': 'Name',
    'line.name.helper':
      'A name for this account. It does not need to match the LINE@ account name.',
    'line.token.label': 'Token',
    'line.token.helper': 'The access token of your LINE@ account.',
  },
  ja: {
    'line.name.label': '名前',
    'line.name.helper':
      'このアカウントの名前です。LINE@アカウントの名前と同じである必要はありません。',
    'line.token.label': 'トークン',
    'line.token.helper': 'LINE@アカウントのアクセストークンです。',
  },
} as const;
