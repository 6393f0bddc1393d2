import type { TextRule } from './check-text';

/**
 * The API key: 1 to 64 visible ASCII characters, no `:`. The service's keys are 8 hex
 * characters (the spec's examples); 64 leaves room for any longer key, and `:` cannot be part
 * of a Basic user name (everything after it would be taken for the password).
 */
export const API_KEY_RULE: TextRule = {
  maxLength: 64,
  characters: 'visible-ascii',
  forbidden: ':',
};

/** What the API key rule says, for messages. */
export const API_KEY_EXPECTED = "1 to 64 visible ASCII characters without ':'";

/**
 * The API secret and the signature secret: 1 to 256 characters, no control character, no lone
 * surrogate (it could not be sent as UTF-8 exactly as given). The service's secrets are 8 to 25
 * visible ASCII characters; older and signature secrets may be longer, never 256.
 */
export const SECRET_RULE: TextRule = { maxLength: 256, characters: 'no-control' };

/** What the secret rule says, for messages. */
export const SECRET_EXPECTED = '1 to 256 characters without control characters';

/** The application id: 1 to 64 visible ASCII characters (ids are 36-character UUIDs). */
export const APPLICATION_ID_RULE: TextRule = { maxLength: 64, characters: 'visible-ascii' };

/** What the application id rule says, for messages. */
export const APPLICATION_ID_EXPECTED = '1 to 64 visible ASCII characters';
