/** Texts of the Telegram form, by locale; keys as in the catalogue. */
export const telegramMessages = {
  en: {
    'telegram.hint': 'Bot token from @BotFather',
    'telegram.botUsername.label': 'Bot Username',
    'telegram.botUsername.helper': 'The username of your Telegram bot, e.g. acme_support_bot.',
    'telegram.token.label': 'Token',
    'telegram.token.helper': 'The API token that @BotFather gave you when you created the bot.',
    'error.telegramToken':
      'A Telegram token looks like 123456789:AAH… (digits, a colon, then letters, digits, _ or -). Copy it again from @BotFather.',
    'error.telegramUsername':
      'Start with a letter and use 5 to 32 letters, digits or underscores, ending in "bot" (e.g. acme_support_bot).',
    'warning.telegramToken':
      'The part after the colon is usually 35 characters long. Check that you copied the whole token.',
  },
  ja: {
    'telegram.hint': '@BotFatherが発行するボットトークン',
    'telegram.botUsername.label': 'ボットのユーザー名',
    'telegram.botUsername.helper': 'Telegramボットのユーザー名です（例：acme_support_bot）。',
    'telegram.token.label': 'トークン',
    'telegram.token.helper': 'ボットの作成時に@BotFatherから発行されたAPIトークンです。',
    'error.telegramToken':
      'Telegramのトークンは 123456789:AAH… のような形式です（数字、コロン、続けて英数字・_・-）。@BotFatherからもう一度コピーしてください。',
    'error.telegramUsername':
      '英字で始まる5～32文字の英数字またはアンダースコア（_）で入力し、末尾を「bot」にしてください（例：acme_support_bot）。',
    'warning.telegramToken':
      'コロンの後の部分は通常35文字です。トークン全体をコピーしたか確認してください。',
  },
} as const;
