/**
 * Whether a secret meets the service's rules: 8 to 25 characters, at least one lower case
 * letter, one upper case letter and one digit.
 */
export function meetsSecretRules(secret: string): boolean {
  const length = [...secret].length;
  return (
    length >= 8 &&
    length <= 25 &&
    /\p{Ll}/u.test(secret) &&
    /\p{Lu}/u.test(secret) &&
    /\p{Nd}/u.test(secret)
  );
}
