import { string } from 'yup';
import type { MessageKey } from '../i18n/en';

/** Longest token, key or secret accepted. */
export const MAX_SECRET_LENGTH = 4096;
/** Longest account name accepted. */
export const MAX_NAME_LENGTH = 100;

const key = (k: MessageKey) => k;

// Rules are function declarations marked free of side effects, so a bundler
// drops a messenger's descriptor (and its texts) when its form is not imported.

/** A required string. */
/* @__NO_SIDE_EFFECTS__ */
export function requiredString() {
  return string().required(key('error.required'));
}

/** A required single-word credential (token, key, secret, verify token). */
/* @__NO_SIDE_EFFECTS__ */
export function credential() {
  return requiredString()
    .max(MAX_SECRET_LENGTH, key('error.tooLong'))
    .matches(/^\S+$/, { message: key('error.whitespace'), excludeEmptyString: true });
}

/** A required account name: 1 to 100 characters. */
/* @__NO_SIDE_EFFECTS__ */
export function accountName() {
  return requiredString().max(MAX_NAME_LENGTH, key('error.nameTooLong'));
}

/** A required string matching `pattern`, else `message`. */
/* @__NO_SIDE_EFFECTS__ */
export function patterned(pattern: RegExp, message: MessageKey | (string & {})) {
  return requiredString()
    .max(MAX_SECRET_LENGTH, key('error.tooLong'))
    .matches(pattern, { message, excludeEmptyString: true });
}
