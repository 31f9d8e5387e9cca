/**
 * Texts of an action's result as the forms show it (`describeActionResult`): the
 * success texts, the generic failure and timeout, the check statuses and the labels
 * of result details. Kept apart from the common catalogue: the forms load them with
 * the result alert, on demand. They are part of the public `en` / `ja` catalogues and
 * of `MessageKey`, so a host overrides them through `messages` like any other text.
 */
const en = {
  'action.testConnection.ok': 'The connection works.',
  'action.setWebhook.ok': 'The webhook is set.',
  'action.setWebhook.okWithUrl': 'The webhook is set to {url}.',
  'action.failed':
    'The request failed. Try again; if it keeps failing, ask your system administrator.',
  'action.timeout': 'No answer within {seconds} s. Check the connection and try again.',
  'check.pass': 'Passed',
  'check.warn': 'Warning',
  'check.fail': 'Failed',
  'check.summary': '{failed} of {total} checks failed.',
  'action.stale':
    'The form changed after this result. Run the action again to check the current values.',
  'detail.account': 'Account',
  'detail.botId': 'Bot ID',
  'detail.botName': 'Bot name',
  'detail.username': 'Username',
  'detail.pageName': 'Page name',
  'detail.pageId': 'Page ID',
  'detail.followers': 'Followers',
  'detail.subscribers': 'Subscribers',
  'detail.basicId': 'Basic ID',
  'detail.chatMode': 'Chat mode',
  'detail.webhookUrl': 'Current webhook',
  'detail.pendingUpdates': 'Pending updates',
  'detail.lastError': 'Last delivery error',
  'detail.balance': 'Balance',
} as const;

/** Texts of action results, by locale; keys as in the catalogue. */
export const actionResultMessages: {
  en: typeof en;
  ja: Record<keyof typeof en, string>;
} = {
  en,
  ja: {
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
  },
};
