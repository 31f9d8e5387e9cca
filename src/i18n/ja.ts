import type { Messages } from './en';

/**
 * Japanese message catalogue. Same keys and `{name}` placeholders as the
 * English one; typed as {@link Messages}, so a missing key is a type error.
 * Product names (Facebook, LINE, Nexmo, Telegram, Viber, @BotFather) stay in
 * Latin script.
 */
export const ja: Messages = {
  // Common fields and controls
  'field.type.label': '種類',
  'field.type.helper': 'このアカウントが接続するメッセンジャーです。ここでは変更できません。',
  'secret.show': '{label}を表示',
  'secret.hide': '{label}を非表示',
  'copy.button': '{label}をコピー',
  'copy.done': '{label}をクリップボードにコピーしました。',
  'copy.failed': 'コピーできませんでした。テキストを選択して手動でコピーしてください。',
  'generate.button': 'ランダムなトークンを生成',
  'generate.failed':
    'このブラウザーでは安全なランダムトークンを生成できません。トークンを手動で入力してください。',
  'form.save': '保存',
  'form.cancel': 'キャンセル',
  'form.back': '戻る',
  'form.saving': '保存しています…',
  'form.saveFailed': 'アカウントを保存できませんでした。',
  'form.saveFailedWithReason': 'アカウントを保存できませんでした：{reason}',
  'form.label': '{name}アカウント',

  // Editing a stored account
  'secret.stored': '保存済み — 現在の{label}をそのまま使う場合は空欄のままにしてください。',
  'secret.replace': '置き換える',
  'secret.replaceLabel': '{label}を置き換える',
  'secret.keep': '保存済みを使う',
  'secret.keepLabel': '保存済みの{label}を使う',
  'secret.replacing': '新しい{label}を入力してください。保存すると保存済みの値が置き換わります。',
  'discard.title': '変更を破棄しますか？',
  'discard.body': 'このアカウントへの変更は保存されていません。',
  'discard.keep': '編集を続ける',
  'discard.confirm': '破棄',

  // Actions
  'action.testConnection': '接続テスト',
  'action.setWebhook': 'Webhookを設定',
  'action.testConnection.running': '接続をテストしています…',
  'action.setWebhook.running': 'Webhookを設定しています…',
  'action.testConnection.ok': '正常に接続できました。',
  'action.setWebhook.ok': 'Webhookを設定しました。',
  'action.setWebhook.okWithUrl': 'Webhookを {url} に設定しました。',
  'action.failed':
    'リクエストに失敗しました。もう一度お試しください。失敗が続く場合は、システム管理者にお問い合わせください。',
  'action.timeout':
    '{seconds}秒以内に応答がありませんでした。接続を確認してから、もう一度お試しください。',
  'check.pass': '成功',
  'check.warn': '注意',
  'check.fail': '失敗',
  'check.summary': '{total}件中{failed}件のチェックが失敗しました。',
  'action.stale':
    'この結果の後に値が変更されました。変更後の値を確認するには、もう一度実行してください。',
  'action.fixErrors': '先に、エラーが表示されている項目を修正してください。',

  // 結果の詳細の項目名
  'detail.account': 'アカウント',
  'detail.botId': 'ボット ID',
  'detail.botName': 'ボット名',
  'detail.username': 'ユーザー名',
  'detail.pageName': 'ページ名',
  'detail.pageId': 'ページID',
  'detail.followers': '友だち数',
  'detail.subscribers': '購読者数',
  'detail.basicId': 'ベーシック ID',
  'detail.chatMode': 'チャットモード',
  'detail.webhookUrl': 'Webhook の送信先',
  'detail.pendingUpdates': '未配信の更新',
  'detail.lastError': '直近の配信エラー',
  'detail.balance': '残高',

  // Viber webhook dialog
  'webhookDialog.title': 'Webhookを設定',
  'webhookDialog.description':
    'Viberはお客様からのメッセージをこのアドレスに送信します。HTTPSで到達できるアドレスを指定してください。',
  'webhookDialog.url.label': 'Webhook URL（ホストとポート）',
  'webhookDialog.url.helper':
    'サーバーのホスト名とポート番号です（例：office.yourcompany.com:1234）。不明な場合は、システム管理者にお問い合わせください。',
  'webhookDialog.confirm': 'Webhookを設定',
  'webhookDialog.cancel': 'キャンセル',

  // Picker, add button and create dialog
  'add.button': 'メッセンジャーアカウントを追加',
  'picker.label': 'メッセンジャーの種類',
  'picker.title': 'メッセンジャーの種類を選択',
  'createDialog.title': 'メッセンジャーアカウントを追加',
  'createDialog.formTitle': '{name}アカウントを追加',

  // Validation errors (hard rules)
  'error.required': 'この項目は必須です。',
  'error.unknownType': '不明なメッセンジャーの種類です。次のいずれかを指定してください：{types}',
  'error.notText': 'テキストを入力してください。',
  'error.nameTooLong': '100文字以内で入力してください。',
  'error.tooLong': '値が長すぎます。4096文字以内で入力してください。',
  'error.whitespace': 'スペースを削除してください。この値にスペースは使用できません。',
  'error.webhookUrl.required':
    'ホストとポートを入力してください（例：office.yourcompany.com:1234）。',
  'error.webhookUrl.http':
    'https:// を使用してください。Viberは安全なアドレスにのみメッセージを送信します。',
  'error.webhookUrl.port':
    'ホスト名の後に、コロンに続けてポート番号を入力してください（例：office.yourcompany.com:1234）。',
  'error.webhookUrl.portRange': 'ポート番号は1～65535の範囲で指定してください。',
  'error.webhookUrl.host': '有効なホスト名を入力してください（例：office.yourcompany.com）。',
  'error.webhookUrl.whitespace': 'アドレスの途中にある空白を削除してください。',

  // Warnings (soft rules: shown, never block)
  'warning.webhookUrl.loopback':
    'このアドレスはこのコンピューター自身を指しています。Viberはインターネットからアクセスできません。',
  'warning.webhookUrl.private':
    'プライベートネットワークのアドレスです。転送を設定しない限り、Viberはインターネットからアクセスできません。',
  'warning.webhookUrl.linkLocal':
    'ローカルネットワークのアドレスです。Viberはインターネットからアクセスできません。',
};
