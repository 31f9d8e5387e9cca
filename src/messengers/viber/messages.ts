/** Texts of the Viber form, by locale; keys as in the catalogue. */
export const viberMessages = {
  en: {
    'viber.hint': 'Bot token from the Viber Admin Panel',
    'viber.botUsername.label': 'Bot Username',
    'viber.botUsername.helper': 'The username of your Viber Public Account.',
    'viber.token.label': 'Token',
    'viber.token.helper':
      'The token Viber gives you after your Public Account application is approved.',
    'warning.viberToken':
      'Viber tokens usually look like three groups of 16 characters joined by dashes. Check that you copied the whole token.',
  },
  ja: {
    'viber.hint': 'Viber管理パネルのボットトークン',
    'viber.botUsername.label': 'ボットのユーザー名',
    'viber.botUsername.helper': 'Viberパブリックアカウントのユーザー名です。',
    'viber.token.label': 'トークン',
    'viber.token.helper':
      'パブリックアカウントの申請が承認された後に、Viberから発行されるトークンです。',
    'warning.viberToken':
      'Viberのトークンは通常、16文字のグループ3つをハイフンでつないだ形式です。トークン全体をコピーしたか確認してください。',
  },
} as const;
