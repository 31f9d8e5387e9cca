import type { UsernameLinks } from '../../core/normalize';

/**
 * Facebook links pasted as a username: a Page URL (`facebook.com/<name>`,
 * `m.me/<name>`…) yields the name; links to a person, a group or an old-style
 * Page (`profile.php?id=…`, `/people/…`, `/groups/…`, `/pages/…`) are not
 * usernames and stay whole, so validation refuses them.
 */
export const FACEBOOK_LINKS: UsernameLinks = {
  hosts: ['facebook\\.com', 'fb\\.com', 'fb\\.me', 'm\\.me'],
  notUsernames: ['profile\\.php', 'people', 'groups', 'pages'],
};
