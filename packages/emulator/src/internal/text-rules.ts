/** RFC 9110 `token` (methods, header names). */
export const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Any C0 control character, DEL or C1 control character. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Any white space or control character (what a URL must not hold). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]/;

/** A lone UTF-16 surrogate (a string that is not well-formed Unicode). */
export const LONE_SURROGATE = /\p{Cs}/u;

/** Visible ASCII only (U+0021 to U+007E), at least one character. */
export const VISIBLE_ASCII = /^[\x21-\x7e]+$/;
