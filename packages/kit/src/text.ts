import isEmail from 'validator/lib/isEmail';
import { accept, refuse, userError, type Checked } from './user-errors';

/** How a failed text check is reported: the domain picks the code and names the field. */
export interface TextRule {
  code: string;
  field: string;
  /** What the text is, for messages: "The display name". */
  label: string;
}

/** C0/C1 control characters (tab, CR, LF, NUL, ESC...). */
const CONTROL_CHARACTERS = /\p{Cc}/u;
/** Bidirectional overrides and isolates: they make a name display as another one. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * A name shown to people (directory, caller display): NFC, trimmed, inner whitespace collapsed to
 * one space, 1 to `maxLength` characters (code points), no control characters. Control characters
 * are refused rather than stripped: a CR/LF in a name that ends up in a SIP header or a CSV export
 * is an injection attempt, not a typo.
 */
export function checkDisplayText(raw: string, rule: TextRule & { maxLength: number }): Checked<string> {
  const fail = (why: string) => refuse(userError(rule.code, `${rule.label} ${why}`, rule.field));
  if (CONTROL_CHARACTERS.test(raw) || BIDI_CONTROLS.test(raw)) return fail('must not contain control characters (tabs, line breaks, direction overrides).');
  const value = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const length = [...value].length;
  if (length === 0) return fail('must not be empty.');
  if (length > rule.maxLength) return fail(`must be at most ${rule.maxLength} characters (it has ${length}).`);
  return accept(value);
}

export const EMAIL_MAX_LENGTH = 254;

/**
 * An email address: trimmed, its domain lowercased (the local part is case-sensitive in theory,
 * so it is kept), then validated by `validator`'s isEmail (TLD required, no display name, no IP
 * domain), at most 254 characters.
 */
export function checkEmail(raw: string, rule: TextRule): Checked<string> {
  const trimmed = raw.trim();
  const at = trimmed.lastIndexOf('@');
  const value = at > 0 ? `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}` : trimmed;
  const valid =
    value.length <= EMAIL_MAX_LENGTH && isEmail(value, { allow_display_name: false, require_tld: true, allow_ip_domain: false, allow_utf8_local_part: true });
  return valid ? accept(value) : refuse(userError(rule.code, `${rule.label} is not a valid email address.`, rule.field));
}

/** Escape character of every LIKE pattern built here: not a backslash, which MySQL string literals also treat specially. */
export const LIKE_ESCAPE = '!';

export const escapeLike = (text: string) => text.replace(/[!%_]/g, (character) => `${LIKE_ESCAPE}${character}`);

/** `LIKE :pattern ESCAPE '!'` matching values that contain `text` literally. */
export const likeContains = (text: string) => `%${escapeLike(text)}%`;

/** `LIKE :pattern ESCAPE '!'` matching values that start with `text` literally. */
export const likeStartsWith = (text: string) => `${escapeLike(text)}%`;
