import { string } from 'yup';
import type { MessageKey } from '../i18n/en';

/** Longest token, key or secret accepted. */
export const MAX_SECRET_LENGTH = 4096;
/** Longest account name accepted. */
export const MAX_NAME_LENGTH = 100;

const key = (k: MessageKey) => k;

/** A required string. */
export const requiredString = () => string().required(key('error.required'));

/** A required single-word credential (token, key, secret, verify token). */
export const credential = () =>
  requiredString()
    .max(MAX_SECRET_LENGTH, key('error.tooLong'))
    .matches(/^\S+$/, { message: key('error.whitespace'), excludeEmptyString: true });

/** A required account name: 1 to 100 characters. */
export const accountName = () => requiredString().max(MAX_NAME_LENGTH, key('error.nameTooLong'));

/** A required string matching `pattern`, else `message`. */
export const patterned = (pattern: RegExp, message: MessageKey | (string & {})) =>
  requiredString()
    .max(MAX_SECRET_LENGTH, key('error.tooLong'))
    .matches(pattern, { message, excludeEmptyString: true });
