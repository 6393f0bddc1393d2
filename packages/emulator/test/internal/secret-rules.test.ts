import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { SECRET_RULE_CASES } from '../../../../test/cases/secret-rules';
import {
  meetsSecretRules,
  SECRET_MAX_LENGTH,
  SECRET_MIN_LENGTH,
} from '../../src/internal/secret-rules';

describe('meetsSecretRules (the emulator copy) against the shared table of cases', () => {
  it.each(SECRET_RULE_CASES.map((c) => [c.why, c.secret, c.valid] as const))(
    '%s',
    (_why, secret, valid) => {
      expect(meetsSecretRules(secret)).toBe(valid);
    },
  );
});

describe('the secret rules and the OpenAPI document', () => {
  const spec = parse(readFileSync(new URL('../../spec/account.yml', import.meta.url), 'utf8')) as {
    components: {
      schemas: { createSecretRequest: { properties: { secret: { description: string } } } };
    };
  };
  const description = spec.components.schemas.createSecretRequest.properties.secret.description;

  it('uses the minimum and maximum length the spec states', () => {
    expect(Number(/minimum (\d+) characters/.exec(description)?.[1])).toBe(SECRET_MIN_LENGTH);
    expect(Number(/maximum (\d+) characters/.exec(description)?.[1])).toBe(SECRET_MAX_LENGTH);
    expect([SECRET_MIN_LENGTH, SECRET_MAX_LENGTH]).toEqual([8, 25]);
  });

  it('asks for the three character classes the spec lists', () => {
    expect(description).toContain('minimum 1 lower case character');
    expect(description).toContain('minimum 1 upper case character');
    expect(description).toContain('minimum 1 digit');
    expect(meetsSecretRules('abcdefg1')).toBe(false); // no upper case
    expect(meetsSecretRules('ABCDEFG1')).toBe(false); // no lower case
    expect(meetsSecretRules('Abcdefgh')).toBe(false); // no digit
  });

  it('accepts the spec example', () => {
    const example = (
      spec.components.schemas.createSecretRequest.properties.secret as unknown as {
        example: string;
      }
    ).example;
    expect(example).toBe('example-4PI-secret');
    expect(meetsSecretRules(example)).toBe(true);
  });
});
