import { inspect } from 'node:util';
import { expect } from '@jest/globals';
import { EmulatorOptionError } from '@acct/emulator';

/** What `fn` throws (fails the test if it returns). */
export function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** Every rendering of an error a user might print or log. */
export function render(error: unknown): string {
  const e = error as Error;
  return [
    String(error),
    e.message,
    e.stack,
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
  ].join('\n');
}

/**
 * Asserts `fn` throws exactly `new EmulatorOptionError(option, reason)`: the class, its code,
 * the option named and the whole message.
 */
export function expectOptionError(fn: () => unknown, option: string, reason: string): void {
  const error = errorOf(fn);
  expect(error).toBeInstanceOf(EmulatorOptionError);
  expect(error).toMatchObject({
    name: 'EmulatorOptionError',
    code: 'ACCT_EMULATOR_OPTION',
    option,
    message: `[@acct/emulator] ${option} ${reason}`,
  });
}
