import { normalizeCompact } from '../../core/normalize';

const BOT_API_URL = /^(?:https?:\/\/)?api\.telegram\.org\/bot([^/?#]+)/i;
// The `bot` prefix of Bot API paths pasted with the token: `bot123:AA…`, `/bot123:AA…/getMe`.
const BOT_PREFIX = /^\/?bot([0-9]+:[^/?#]*)/i;

/**
 * Normalizes a Telegram token; a pasted Bot API URL
 * (`https://api.telegram.org/bot<token>/getMe`) or a token with the `bot`
 * prefix of such URLs (`bot123:AA…`) becomes the bare token.
 */
export function normalizeTelegramToken(value: string): string {
  const compact = normalizeCompact(value);
  const v = BOT_API_URL.exec(compact)?.[1] ?? compact;
  // Also after a Bot API URL: `…/botbot123:AA…` would otherwise lose its prefix on a second pass.
  return BOT_PREFIX.exec(v)?.[1] ?? v;
}

/**
 * The secret part of a Telegram token (after `<bot id>:`), as secret as the
 * whole token: redacted wherever it is echoed alone.
 */
export function telegramTokenSecretParts(token: string): string[] {
  const secret = /^\d+:(.+)$/.exec(token)?.[1];
  return secret ? [secret] : [];
}
