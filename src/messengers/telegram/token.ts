import { normalizeCompact } from '../../core/normalize';

const BOT_API_URL = /^(?:https?:\/\/)?api\.telegram\.org\/bot([^/?#]+)/i;

/**
 * Normalizes a Telegram token; a pasted Bot API URL
 * (`https://api.telegram.org/bot<token>/getMe`) becomes the bare token.
 */
export function normalizeTelegramToken(value: string): string {
  const v = normalizeCompact(value);
  const match = BOT_API_URL.exec(v);
  return match ? match[1] : v;
}
