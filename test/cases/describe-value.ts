// The one table of cases for describing a value in a message by its type and size, never its
// content. Two implementations are held against it: `describeValue()` of `@acct/http` and the
// emulator's own copy (the other side of the wire, which must not import the library).

/** One case: a value (made fresh for each test) and how it is described. */
export interface DescribeValueCase {
  readonly value: () => unknown;
  readonly text: string;
}

export const DESCRIBE_VALUE_CASES: readonly DescribeValueCase[] = [
  { value: () => null, text: 'null' },
  { value: () => undefined, text: 'undefined' },
  { value: () => '', text: 'an empty string' },
  { value: () => 'x', text: 'a string of 1 character' },
  { value: () => 'Canary9Zebra7Secret', text: 'a string of 19 characters' },
  { value: () => 'x'.repeat(1024 * 1024), text: 'a string of 1048576 characters' },
  { value: () => '\ud800', text: 'a string of 1 character' },
  { value: () => 42, text: 'a number' },
  { value: () => Number.NaN, text: 'NaN' },
  { value: () => -Infinity, text: '-Infinity' },
  { value: () => 1n, text: 'a bigint' },
  { value: () => false, text: 'a boolean' },
  { value: () => Symbol('s'), text: 'a symbol' },
  { value: () => () => 1, text: 'a function' },
  { value: () => [1, 2, 3], text: 'an array of 3 items' },
  { value: () => ({ secret: 'x' }), text: 'an object' },
  { value: () => Object.create(null) as object, text: 'an object' },
  { value: () => new Map(), text: 'an instance of Map' },
  { value: () => new URL('https://example.com/'), text: 'an instance of URL' },
  {
    // a class whose name could carry anything is not named
    value: () =>
      new ({ ['Canary 9 Zebra']: class {} } as Record<string, new () => object>)[
        'Canary 9 Zebra'
      ]!(),
    text: 'an object',
  },
];
