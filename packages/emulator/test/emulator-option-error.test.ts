import { inspect } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { Emulator, EmulatorOptionError } from '@acct/emulator';
import { errorOf } from './helpers/errors';

describe('EmulatorOptionError', () => {
  it('is a TypeError with a stable code, the option, and a JSON view', () => {
    const error = new EmulatorOptionError(
      'inject.status',
      'must be an integer from 200 to 599, got 1',
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.option, error.message]).toEqual([
      'EmulatorOptionError',
      'ACCT_EMULATOR_OPTION',
      'inject.status',
      '[@acct/emulator] inject.status must be an integer from 200 to 599, got 1',
    ]);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'EmulatorOptionError',
      code: 'ACCT_EMULATOR_OPTION',
      option: 'inject.status',
      message: '[@acct/emulator] inject.status must be an integer from 200 to 599, got 1',
    });
    expect(String(error)).toBe(
      'EmulatorOptionError: [@acct/emulator] inject.status must be an integer from 200 to 599, got 1',
    );
    expect(inspect(error)).toContain("code: 'ACCT_EMULATOR_OPTION'");
  });

  it('has no cause and carries no value of the call', () => {
    const secret = 'Canary9Secret';
    const error = errorOf(() =>
      new Emulator().inject({ path: '/x', headers: { 'x-a': `${secret}\n` } }),
    ) as EmulatorOptionError;
    expect(error.cause).toBeUndefined();
    expect(Object.values(error).join(' ')).not.toContain(secret);
  });
});
