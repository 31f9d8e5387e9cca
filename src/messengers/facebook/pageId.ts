import { normalizeCompact } from '../../core/normalize';

// A Page's profile link: https://www.facebook.com/profile.php?id=<Page ID>.
const PROFILE_LINK =
  /^(?:https?:\/\/)?(?:www\.|m\.|web\.)?(?:facebook|fb)\.com\/profile\.php\?(?:[^#]*?&)?id=([0-9]+)(?:[&#].*)?$/i;

/**
 * Normalizes a Facebook Page ID: compacts it; a pasted profile link
 * (`facebook.com/profile.php?id=<digits>`) becomes the bare id.
 */
export function normalizeFacebookPageId(value: string): string {
  const v = normalizeCompact(value);
  return PROFILE_LINK.exec(v)?.[1] ?? v;
}
