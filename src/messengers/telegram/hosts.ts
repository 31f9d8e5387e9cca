/** Prefixes of a Telegram profile URL pasted as a username (`t.me/<name>`…). */
export const TELEGRAM_PROFILE_HOSTS = ['t\\.me', 'telegram\\.me', 'telegram\\.dog'] as const;
