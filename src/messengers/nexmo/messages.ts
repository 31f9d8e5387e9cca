/** Texts of the Nexmo form, by locale; keys as in the catalogue. */
export const nexmoMessages = {
  en: {
    'nexmo.hint': 'API key and secret',
    'nexmo.name.label': 'Name',
    'nexmo.name.helper': 'Any name for this account.',
    'nexmo.key.label': 'Key',
    'nexmo.key.helper':
      'The API key of your Nexmo account, shown in the account settings of the Nexmo Dashboard.',
    'nexmo.secret.label': 'Secret',
    'nexmo.secret.helper':
      'The API secret of your Nexmo account, shown next to the API key in the Nexmo Dashboard.',
    'error.nexmoKey': 'The key contains letters and digits only.',
    'warning.nexmoKey': 'Nexmo API keys are usually 8 characters long.',
  },
  ja: {
    'nexmo.hint': 'APIキーとシークレット',
    'nexmo.name.label': '名前',
    'nexmo.name.helper': 'このアカウントに付ける任意の名前です。',
    'nexmo.key.label': 'キー',
    'nexmo.key.helper':
      'NexmoアカウントのAPIキーです。Nexmoダッシュボードのアカウント設定に表示されています。',
    'nexmo.secret.label': 'シークレット',
    'nexmo.secret.helper':
      'NexmoアカウントのAPIシークレットです。NexmoダッシュボードでAPIキーの横に表示されています。',
    'error.nexmoKey': 'キーには英数字のみを入力してください。',
    'warning.nexmoKey': 'NexmoのAPIキーは通常8文字です。',
  },
} as const;
