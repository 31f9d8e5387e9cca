/** Prefixes of a Facebook Page URL pasted as a username (`facebook.com/<name>`, `m.me/`…). */
export const FACEBOOK_PROFILE_HOSTS = ['facebook\\.com', 'fb\\.com', 'fb\\.me', 'm\\.me'] as const;
