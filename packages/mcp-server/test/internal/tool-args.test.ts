import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@acct/server-sdk';
import { toJsonSchemaCompat } from '@modelcontextprotocol/sdk/server/zod-json-schema-compat.js';
import { z } from 'zod';
import { trxProblem } from '../../src/internal/argument-rules';
import { checkToolArgs, inputSchemaOf, type ToolArgs } from '../../src/internal/tool-args';

const ARGS: ToolArgs = {
  secret_id: { schema: z.string().min(1).max(200).describe('Id.'), problem: trxProblem },
  trx: { schema: z.string().max(200), problem: trxProblem, optional: true },
};

/** The error checkToolArgs throws (failing the test when it does not throw). */
const errorOf = (raw: Record<string, unknown>, args: ToolArgs = ARGS): ValidationError => {
  try {
    checkToolArgs('demo_tool', raw, args);
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return err as ValidationError;
  }
  throw new Error('checkToolArgs did not throw');
};

describe('inputSchemaOf', () => {
  it('advertises the precise schema: types, bounds, required, no extra keys', () => {
    expect(
      toJsonSchemaCompat(inputSchemaOf(ARGS) as never, {
        strictUnions: true,
        pipeStrategy: 'input',
      }),
    ).toEqual({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: {
        secret_id: { type: 'string', minLength: 1, maxLength: 200, description: 'Id.' },
        trx: { type: 'string', maxLength: 200 },
      },
      required: ['secret_id'],
      additionalProperties: false,
    });
  });

  it('lets every value through to checkToolArgs (the one place that refuses)', () => {
    expect(inputSchemaOf(ARGS).safeParse({ trx: 42, other: '\u0000' }).success).toBe(true);
  });
});

describe('checkToolArgs', () => {
  it('returns the arguments when every one is valid', () => {
    const raw = { secret_id: 'abc', trx: 'ref-1' };
    expect(checkToolArgs('demo_tool', raw, ARGS)).toBe(raw);
    expect(checkToolArgs('demo_tool', { secret_id: 'abc' }, ARGS)).toEqual({ secret_id: 'abc' });
  });

  it('names every refused argument at once: missing, invalid, unknown (with did-you-mean)', () => {
    const err = errorOf({ secretId: 'Zebra7Canary9Value', trx: 'a b' });
    expect(err.code).toBe('ACCT_VALIDATION');
    expect(err.message).toBe(
      '[@acct/mcp-server] demo_tool: invalid arguments: secretId, secret_id, trx',
    );
    expect(err.invalidParameters).toEqual([
      { name: 'secretId', reason: 'is not an argument of demo_tool; did you mean "secret_id"?' },
      { name: 'secret_id', reason: 'is required' },
      {
        name: 'trx',
        reason:
          'must be 1 to 200 visible ASCII characters (no spaces or control characters), got 3 characters',
      },
    ]);
  });

  it('names an unknown argument by its length when its name might be a secret', () => {
    const err = errorOf({ secret_id: 'abc', Zebra7Canary9Value: 1 });
    expect(err.invalidParameters).toEqual([
      {
        name: 'an argument of 18 characters',
        reason: 'is not an argument of demo_tool; use "secret_id", "trx"',
      },
    ]);
    expect(JSON.stringify(err)).not.toContain('Zebra7Canary9Value');
  });

  it('says when a tool takes no arguments', () => {
    expect(errorOf({ limit: 5 }, {}).invalidParameters).toEqual([
      { name: 'limit', reason: 'is not an argument of demo_tool (it takes none)' },
    ]);
  });
});
