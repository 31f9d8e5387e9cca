/** Prefix of a Viber profile URL pasted as a username (`viber.com/<name>`). */
export const VIBER_PROFILE_HOSTS = ['viber\\.com'] as const;
