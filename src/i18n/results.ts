import type { MessengerFormsLocale } from './locale';

/**
 * Messages of the results the connectors return, by `code` (`result.<code>`),
 * in English and Japanese. The connectors write `message` in the locale they
 * are given (the form's, sent by `createHttpCallbacks` as `Accept-Language`);
 * the form bundles do not carry them.
 */
const en = {
  'result.connected': 'Connected to {account}.',
  'result.webhook_set': 'The webhook is set to {url}.',
  'result.invalid_config': 'This value is not valid: fix it and try again.',
  'result.invalid_token':
    '{provider} rejected this token. Copy it again in full; it may have been revoked or regenerated.',
  'result.invalid_credentials':
    '{provider} rejected this key and secret. Copy both again from the {provider} dashboard.',
  'result.unknown_page':
    'No page with this ID can be read with this token. Check the Page ID and that the token belongs to this page.',
  'result.permission_denied':
    '{provider} accepted the token but refused the request: it lacks a permission the account needs.',
  'result.account_blocked':
    '{provider} reports this account as blocked or suspended. Check its status in the {provider} admin panel.',
  'result.webhook_https_required': 'Use an https:// address: {provider} only sends to secure URLs.',
  'result.webhook_port_not_allowed': '{provider} only sends webhooks to ports {ports}.',
  'result.webhook_rejected':
    '{provider} did not accept this webhook URL. Check that it is reachable from the internet over HTTPS with a valid certificate.',
  'result.rate_limited': 'Too many requests to {provider}. Wait {seconds} s and try again.',
  'result.rate_limited_unknown': 'Too many requests to {provider}. Wait a minute and try again.',
  'result.provider_unavailable': '{provider} is not available right now. Try again later.',
  'result.network_error':
    "Could not reach {provider}. Check the server's internet connection and proxy settings.",
  'result.timeout': '{provider} did not answer within {seconds} s. Try again later.',
  'result.aborted': 'The request was cancelled.',
  'result.unexpected_response':
    '{provider} sent an answer that could not be understood. Try again later.',
  'result.unsupported_action': '{provider} accounts have no Set Webhook action.',
  'result.identity_mismatch_bot': 'This token belongs to @{actual}, not to this bot.',
  'result.identity_mismatch_page_id': 'This token belongs to the page with ID {actual}.',
  'result.identity_mismatch_page_username': "The page's username is {actual}.",
  'result.webhook_last_error': '{provider} reported an error delivering to the webhook: {error}',
} as const;

/** Key of a connector result message: `result.<code>`. */
export type ResultMessageKey = keyof typeof en;

const ja: Record<ResultMessageKey, string> = {
  'result.connected': '{account} に接続しました。',
  'result.webhook_set': 'Webhook を {url} に設定しました。',
  'result.invalid_config': 'この値は正しくありません。修正してから、もう一度お試しください。',
  'result.invalid_token':
    '{provider} がこのトークンを拒否しました。全体をもう一度コピーしてください。トークンが無効化または再発行された可能性があります。',
  'result.invalid_credentials':
    '{provider} がこのキーとシークレットを拒否しました。{provider} のダッシュボードから両方をもう一度コピーしてください。',
  'result.unknown_page':
    'このトークンでは、この ID のページを読み取れません。ページ ID と、トークンがこのページのものかを確認してください。',
  'result.permission_denied':
    '{provider} はトークンを受け付けましたが、リクエストを拒否しました。アカウントに必要な権限がありません。',
  'result.account_blocked':
    '{provider} はこのアカウントを停止中またはブロック中と報告しています。{provider} の管理画面でアカウントの状態を確認してください。',
  'result.webhook_https_required':
    'https:// のアドレスを使用してください。{provider} は安全な URL にのみ送信します。',
  'result.webhook_port_not_allowed':
    '{provider} が Webhook を送信できるポートは {ports} のみです。',
  'result.webhook_rejected':
    '{provider} はこの Webhook URL を受け付けませんでした。有効な証明書を使い、インターネットから HTTPS で到達できるかを確認してください。',
  'result.rate_limited':
    '{provider} へのリクエストが多すぎます。{seconds}秒待ってから、もう一度お試しください。',
  'result.rate_limited_unknown':
    '{provider} へのリクエストが多すぎます。1分ほど待ってから、もう一度お試しください。',
  'result.provider_unavailable':
    '{provider} は現在利用できません。しばらくしてから、もう一度お試しください。',
  'result.network_error':
    '{provider} に接続できませんでした。サーバーのインターネット接続とプロキシ設定を確認してください。',
  'result.timeout':
    '{provider} から{seconds}秒以内に応答がありませんでした。しばらくしてから、もう一度お試しください。',
  'result.aborted': 'リクエストはキャンセルされました。',
  'result.unexpected_response':
    '{provider} から解釈できない応答が返されました。しばらくしてから、もう一度お試しください。',
  'result.unsupported_action': '{provider} のアカウントには Webhook の設定はありません。',
  'result.identity_mismatch_bot':
    'このトークンは @{actual} のものです。このボットのものではありません。',
  'result.identity_mismatch_page_id': 'このトークンは ID {actual} のページのものです。',
  'result.identity_mismatch_page_username': 'このページのユーザー名は {actual} です。',
  'result.webhook_last_error': '{provider} から Webhook への配信エラーが報告されています: {error}',
};

/** The connector result messages of every bundled locale. */
export const resultMessages: Readonly<
  Record<MessengerFormsLocale, Readonly<Record<ResultMessageKey, string>>>
> = { en, ja };
