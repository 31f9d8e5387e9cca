/** Prefix of a LINE profile URL (`line.me/R/ti/p/<id>`), stripped by `normalizeUsername`. */
export const LINE_PROFILE_HOSTS = ['line\\.me\\/R\\/ti\\/p'] as const;
