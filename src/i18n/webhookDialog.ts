/**
 * Texts of the "Set Webhook" dialog that asks for a webhook URL (Viber), and of
 * the URL rules behind it (`parseWebhookUrl`). Kept apart from the common
 * catalogue: the forms load them with the dialog, on demand. They are part of
 * the public `en` / `ja` catalogues and of `MessageKey`, so a host overrides
 * them through `messages` like any other text.
 */
const en = {
  'webhookDialog.title': 'Set Webhook',
  'webhookDialog.description':
    'Viber sends customer messages to this address. It must be reachable over HTTPS.',
  'webhookDialog.url.label': 'Webhook url (host and port)',
  'webhookDialog.url.helper':
    'Your server and port, e.g. office.yourcompany.com:1234. Ask your system administrator if you do not know them.',
  'webhookDialog.confirm': 'Set Webhook',
  'webhookDialog.cancel': 'Cancel',
  'error.webhookUrl.required': 'Enter the host and port, e.g. office.yourcompany.com:1234.',
  'error.webhookUrl.http': 'Use https://: Viber only sends messages to secure addresses.',
  'error.webhookUrl.port': 'Add the port after a colon, e.g. office.yourcompany.com:1234.',
  'error.webhookUrl.portRange': 'Use a port from 1 to 65535.',
  'error.webhookUrl.host': 'Enter a valid host name, e.g. office.yourcompany.com.',
  'error.webhookUrl.whitespace': 'Remove the spaces inside the address.',
  'warning.webhookUrl.loopback':
    'This address points to this computer: Viber cannot reach it from the internet.',
  'warning.webhookUrl.private':
    'This is a private network address: Viber cannot reach it from the internet unless it is forwarded.',
  'warning.webhookUrl.linkLocal':
    'This is a local network address: Viber cannot reach it from the internet.',
} as const;

/** Texts of the webhook URL dialog, by locale; keys as in the catalogue. */
export const webhookDialogMessages: {
  en: typeof en;
  ja: Record<keyof typeof en, string>;
} = {
  en,
  ja: {
    'webhookDialog.title': 'Webhookを設定',
    'webhookDialog.description':
      'Viberはお客様からのメッセージをこのアドレスに送信します。HTTPSで到達できるアドレスを指定してください。',
    'webhookDialog.url.label': 'Webhook URL（ホストとポート）',
    'webhookDialog.url.helper':
      'サーバーのホスト名とポート番号です（例：office.yourcompany.com:1234）。不明な場合は、システム管理者にお問い合わせください。',
    'webhookDialog.confirm': 'Webhookを設定',
    'webhookDialog.cancel': 'キャンセル',
    'error.webhookUrl.required':
      'ホストとポートを入力してください（例：office.yourcompany.com:1234）。',
    'error.webhookUrl.http':
      'https:// を使用してください。Viberは安全なアドレスにのみメッセージを送信します。',
    'error.webhookUrl.port':
      'ホスト名の後に、コロンに続けてポート番号を入力してください（例：office.yourcompany.com:1234）。',
    'error.webhookUrl.portRange': 'ポート番号は1～65535の範囲で指定してください。',
    'error.webhookUrl.host': '有効なホスト名を入力してください（例：office.yourcompany.com）。',
    'error.webhookUrl.whitespace': 'アドレスの途中にある空白を削除してください。',
    'warning.webhookUrl.loopback':
      'このアドレスはこのコンピューター自身を指しています。Viberはインターネットからアクセスできません。',
    'warning.webhookUrl.private':
      'プライベートネットワークのアドレスです。転送を設定しない限り、Viberはインターネットからアクセスできません。',
    'warning.webhookUrl.linkLocal':
      'ローカルネットワークのアドレスです。Viberはインターネットからアクセスできません。',
  },
};
