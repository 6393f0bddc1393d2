/** What a credential string may hold. */
export interface TextRule {
  /** The most characters (Unicode code points) accepted. */
  readonly maxLength: number;
  /**
   * `'visible-ascii'`: only U+0021 to U+007E (no space, no control, no non-ASCII character).
   * `'no-control'`: any well-formed Unicode text without a control character (C0, DEL, C1).
   */
  readonly characters: 'visible-ascii' | 'no-control';
  /** Characters refused on top of the rule above, such as `':'` in a Basic user name. */
  readonly forbidden?: string;
}

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;
const isControl = (unit: number): boolean => unit < 0x20 || (unit >= 0x7f && unit <= 0x9f);

/** The code point count of `text`, counting a lone surrogate as one character. */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) i += 1;
    count += 1;
  }
  return count;
}

/** Names a refused character by its class, never by itself (it may be part of a secret). */
function badCharacter(text: string, index: number, rule: TextRule): string | undefined {
  const unit = text.charCodeAt(index);
  if (rule.forbidden?.includes(text[index] ?? '')) return `"${text[index]}"`;
  if (isControl(unit)) return 'a control character';
  if (rule.characters === 'visible-ascii') {
    if (unit === 0x20) return 'a space';
    if (unit > 0x7e) return 'a non-ASCII character';
    return undefined;
  }
  if (isHigh(unit)) return isLow(text.charCodeAt(index + 1)) ? undefined : 'a lone surrogate';
  if (isLow(unit)) return isHigh(text.charCodeAt(index - 1)) ? undefined : 'a lone surrogate';
  return undefined;
}

/**
 * Checks a credential string against a rule, and says what is wrong in words that are safe to
 * print: its length and the class and position of a refused character, never its content.
 *
 * @param text - The credential.
 * @param rule - What it may hold.
 * @returns `undefined` when `text` passes, else a description such as
 *   `'a string of 70 characters'` or `'a string of 12 characters with a control character at position 5'`.
 */
export function textProblem(text: string, rule: TextRule): string | undefined {
  if (text === '') return 'an empty string';
  const length = codePointLength(text);
  if (length > rule.maxLength) return `a string of ${length} characters`;
  let position = 0;
  for (let i = 0; i < text.length; i += 1) {
    position += 1;
    const bad = badCharacter(text, i, rule);
    if (bad !== undefined) {
      return `a string of ${length} characters with ${bad} at position ${position}`;
    }
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) i += 1;
  }
  return undefined;
}
