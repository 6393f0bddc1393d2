// The one table of cases for the API secret rules (components.schemas.createSecretRequest in
// packages/emulator/spec/account.yml: 8 to 25 characters, at least one lower case letter, one
// upper case letter and one digit). Two implementations are held against it: the library's
// (`@acct/accounts`, also used by the MCP server's generator) and the emulator's own copy (the
// other side of the wire, which must not import the library).
//
// Our reading of the rules, written down once:
// - length is counted in Unicode code points;
// - every character is visible ASCII (U+0021 to U+007E): no space, no control character, no
//   non-ASCII letter (the service's character classes are ASCII; a secret is typed into shells,
//   .env files and Basic headers, where anything else breaks);
// - "lower case", "upper case" and "digit" mean a-z, A-Z and 0-9.

/** One case: a secret and whether the rules accept it. */
export interface SecretRuleCase {
  /** What the case is about, for the test title. */
  readonly why: string;
  readonly secret: string;
  readonly valid: boolean;
}

export const SECRET_RULE_CASES: readonly SecretRuleCase[] = [
  { why: 'the spec example', secret: 'example-4PI-secret', valid: true },
  { why: '8 characters, the minimum', secret: 'Abcdef12', valid: true },
  { why: '25 characters, the maximum', secret: 'Abcdefghij1234567890Klmno', valid: true },
  { why: 'punctuation is allowed', secret: 'Ab1!@#$%^&*()_+-=[]{};:', valid: true },
  { why: '7 characters', secret: 'Abcde12', valid: false },
  { why: '26 characters', secret: 'Abcdefghij1234567890Klmnop', valid: false },
  { why: 'empty', secret: '', valid: false },
  { why: 'no upper case letter', secret: 'abcdefg1', valid: false },
  { why: 'no lower case letter', secret: 'ABCDEFG1', valid: false },
  { why: 'no digit', secret: 'Abcdefgh', valid: false },
  { why: 'a space inside', secret: 'Abcd 1234', valid: false },
  { why: 'a leading space', secret: ' Abcd1234', valid: false },
  { why: 'a trailing newline', secret: 'Abcd1234\n', valid: false },
  { why: 'CR LF inside', secret: 'Abcd\r\n1234', valid: false },
  { why: 'a NUL inside', secret: 'Abcd\u00001234', valid: false },
  { why: 'a tab inside', secret: 'Abcd\t1234', valid: false },
  { why: 'DEL inside', secret: 'Abcd\u007f1234', valid: false },
  {
    why: 'a non-ASCII upper case letter is not an upper case letter',
    secret: 'abcdefÉ1',
    valid: false,
  },
  {
    why: 'a non-ASCII lower case letter is not a lower case letter',
    secret: 'ABCDEFé1',
    valid: false,
  },
  { why: 'a non-ASCII digit is not a digit', secret: 'Abcdefg\u0663', valid: false },
  { why: 'non-ASCII beside valid classes', secret: 'Abcdef12€', valid: false },
  { why: 'an emoji beside valid classes', secret: 'Abcdef12😀', valid: false },
  { why: 'a lone high surrogate', secret: 'Abcdef12\ud800', valid: false },
  { why: 'a lone low surrogate', secret: 'Abcdef12\udc00', valid: false },
  { why: '1 MB', secret: `Ab1${'x'.repeat(1024 * 1024)}`, valid: false },
];
