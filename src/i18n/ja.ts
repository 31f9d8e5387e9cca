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
  'action.fixErrors': '先に、エラーが表示されている項目を修正してください。',
  'action.loadFailed':
    'フォームのこの部分を読み込めませんでした。接続を確認してから、もう一度お試しください。',

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
