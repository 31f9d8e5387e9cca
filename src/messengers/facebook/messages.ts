/** Texts of the Facebook form, by locale; keys as in the catalogue. */
export const facebookMessages = {
  en: {
    'facebook.hint': 'Page ID and Page Access Token',
    'facebook.pageUsername.label': 'Page Username',
    'facebook.pageUsername.helper':
      'The username of your Facebook Page exactly as Facebook shows it, e.g. acme.support. Leave it empty if the Page has none.',
    'facebook.pageId.label': 'Page ID',
    'facebook.pageId.helper':
      'The numeric ID of your Facebook Page, shown in the About section of the Page.',
    'facebook.token.label': 'Token',
    'facebook.token.helper': 'The Page Access Token of your Facebook Page.',
    'facebook.webhookVerifyToken.label': 'Webhook Verify Token',
    'facebook.webhookVerifyToken.helper':
      'Proves to Facebook that the webhook is yours. Generate one, then paste it in your Facebook App under Webhooks > Edit Page Subscription > Verify Token.',
    // Where the App Secret is: App Dashboard > App settings > Basic (the secret that signs
    // X-Hub-Signature-256). https://developers.facebook.com/docs/graph-api/webhooks/getting-started/
    'facebook.appSecret.label': 'App Secret',
    'facebook.appSecret.helper':
      'The App Secret of the Facebook App that receives the webhooks, in the Meta App Dashboard under App settings > Basic. It lets your server check that incoming messages really come from Facebook.',
    'error.facebookPageId': 'The Page ID contains digits only.',
    'error.facebookUsername': 'Use 5 to 50 letters, digits or dots.',
    'warning.facebookToken':
      'Page Access Tokens usually start with "EAA". Check that you copied the Page token, not an app or user token.',
    'warning.facebookAppSecret':
      'Without the App Secret, incoming messages cannot be verified as coming from Facebook. Find it in the Meta App Dashboard under App settings > Basic.',
  },
  ja: {
    'facebook.hint': 'ページIDとページアクセストークン',
    'facebook.pageUsername.label': 'ページのユーザー名',
    'facebook.pageUsername.helper':
      'Facebookページのユーザー名です。Facebookに表示されているとおりに入力してください（例：acme.support）。ユーザー名のないページでは空欄のままにしてください。',
    'facebook.pageId.label': 'ページID',
    'facebook.pageId.helper':
      'Facebookページの数字のIDです。ページの「基本データ」（About）に表示されています。',
    'facebook.token.label': 'トークン',
    'facebook.token.helper': 'Facebookページのページアクセストークンです。',
    'facebook.webhookVerifyToken.label': 'Webhook検証トークン',
    'facebook.webhookVerifyToken.helper':
      'このWebhookが自社のものであることをFacebookに証明するためのトークンです。トークンを生成し、FacebookアプリのWebhooks設定にあるページのサブスクリプションの編集画面で、「Verify Token」（確認トークン）欄に貼り付けてください。',
    'facebook.appSecret.label': 'アプリシークレット',
    'facebook.appSecret.helper':
      'Webhookを受け取るFacebookアプリのアプリシークレット（画面上の表示は「app secret」）です。「Meta for Developers」のアプリダッシュボードで「アプリの設定」>「ベーシック」を開くと表示されます。受信メッセージが本当にFacebookから届いたものかをサーバーで確認するために使います。',
    'error.facebookPageId': 'ページIDには数字のみを入力してください。',
    'error.facebookUsername': '5～50文字の英数字またはドット（.）で入力してください。',
    'warning.facebookToken':
      'ページアクセストークンは通常「EAA」で始まります。アプリやユーザーのトークンではなく、ページのトークンをコピーしたか確認してください。',
    'warning.facebookAppSecret':
      'アプリシークレットがないと、受信メッセージがFacebookから届いたものか確認できません。「Meta for Developers」のアプリダッシュボードの「アプリの設定」>「ベーシック」で確認して入力してください。',
  },
} as const;
