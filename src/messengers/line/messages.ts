/** Texts of the Line form, by locale; keys as in the catalogue. */
export const lineMessages = {
  en: {
    'line.hint': 'Channel access token from the LINE Developers console',
    'line.name.label': 'Name',
    'line.name.helper':
      'A name for this account. It does not need to match the LINE@ account name.',
    'line.token.label': 'Token',
    'line.token.helper': 'The access token of your LINE@ account.',
    // Where the channel secret is: LINE Developers Console > the channel > Basic settings.
    // https://developers.line.biz/en/docs/messaging-api/verify-webhook-signature/
    'line.channelSecret.label': 'Channel Secret',
    'line.channelSecret.helper':
      'The channel secret of your Messaging API channel, in the LINE Developers Console on the Basic settings tab of the channel. It lets your server check that incoming messages really come from LINE.',
    'warning.lineChannelSecret':
      'Without the Channel Secret, incoming messages cannot be verified as coming from LINE. Find it in the LINE Developers Console on the Basic settings tab of the channel.',
  },
  ja: {
    'line.hint': 'LINEのチャネルアクセストークン',
    'line.name.label': '名前',
    'line.name.helper':
      'このアカウントの名前です。LINE@アカウントの名前と同じである必要はありません。',
    'line.token.label': 'トークン',
    'line.token.helper': 'LINE@アカウントのアクセストークンです。',
    // https://developers.line.biz/ja/docs/messaging-api/verify-webhook-signature/
    'line.channelSecret.label': 'チャネルシークレット',
    'line.channelSecret.helper':
      '「Messaging API」チャネルのチャネルシークレットです。「LINE Developers」コンソールでチャネルを開き、［チャネル基本設定］タブで確認できます。受信メッセージが本当にLINEから届いたものかをサーバーで確認するために使います。',
    'warning.lineChannelSecret':
      'チャネルシークレットがないと、受信メッセージがLINEから届いたものか確認できません。「LINE Developers」コンソールのチャネルの［チャネル基本設定］タブで確認して入力してください。',
  },
} as const;
