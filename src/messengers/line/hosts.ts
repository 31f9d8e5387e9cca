import type { UsernameLinks } from '../../core/normalize';

/** LINE links pasted as a username: a profile URL (`line.me/R/ti/p/<id>`) yields the id. */
export const LINE_LINKS: UsernameLinks = { hosts: ['line\\.me\\/R\\/ti\\/p'] };
