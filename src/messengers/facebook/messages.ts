/** Texts of the Facebook form, by locale; keys as in the catalogue. */
export const facebookMessages = {
  en: {
    'facebook.pageUsername.label': 'Page Username',
    'facebook.pageUsername.helper':
      'The username of your Facebook Page exactly as Facebook shows it, e.g. acme.support.',
    'facebook.pageId.label': 'Page ID',
    'facebook.pageId.helper':
      'The numeric ID of your Facebook Page, shown in the About section of the Page.',
    'facebook.token.label': 'Token',
    'facebook.token.helper': 'The Page Access Token of your Facebook Page.',
    'facebook.webhookVerifyToken.label': 'Webhook Verify Token',
    'facebook.webhookVerifyToken.helper':
      'Proves to Facebook that the webhook is yours. Generate one, then paste it in your Facebook App under Webhooks > Edit Page Subscription > Verify Token.',
    'error.facebookPageId': 'The Page ID contains digits only.',
    'error.facebookUsername': 'Use 5 to 50 letters, digits or dots.',
    'warning.facebookToken':
      'Page Access Tokens usually start with "EAA". Check that you copied the Page token, not an app or user token.',
  },
  ja: {
    'facebook.pageUsername.label': 'ページのユーザー名',
    'facebook.pageUsername.helper':
      'Facebookページのユーザー名です。Facebookに表示されているとおりに入力してください（例：acme.support）。',
    'facebook.pageId.label': 'ページID',
    'facebook.pageId.helper':
      'Facebookページの数字のIDです。ページの「基本データ」（About）に表示されています。',
    'facebook.token.label': 'トークン',
    'facebook.token.helper': 'Facebookページのページアクセストークンです。',
    'facebook.webhookVerifyToken.label': 'Webhook検証トークン',
    'facebook.webhookVerifyToken.helper':
      'このWebhookが自社のものであることをFacebookに証明するためのトークンです。トークンを生成し、FacebookアプリのWebhooks設定にあるページのサブスクリプションの編集画面で、「Verify Token」（確認トークン）欄に貼り付けてください。',
    'error.facebookPageId': 'ページIDには数字のみを入力してください。',
    'error.facebookUsername': '5～50文字の英数字またはドット（.）で入力してください。',
    'warning.facebookToken':
      'ページアクセストークンは通常「EAA」で始まります。アプリやユーザーのトークンではなく、ページのトークンをコピーしたか確認してください。',
  },
} as const;
