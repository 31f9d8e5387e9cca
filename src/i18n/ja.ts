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
  'action.loadFailed':
    'フォームのこの部分を読み込めませんでした。接続を確認してから、もう一度お試しください。',

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
};
