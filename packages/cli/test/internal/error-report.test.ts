import { describe, expect, it } from '@jest/globals';
import {
  InvalidApiKeyError,
  InvalidApiSecretError,
  MaximumSecretsError,
  SecretRotationError,
  ValidationError,
  createHttpError,
} from '@acct/server-sdk';
import { UsageError } from '@acct/cli';
import { renderReportJson, reportError } from '../../src/internal/error-report';
import { PARAMETER_FLAGS, flagFor, inCliWords } from '../../src/internal/flag-table';

const given = (...flags: string[]) => new Map(flags.map((f, i) => [f, i + 1]));

describe('flagFor / inCliWords (the one table of SDK names to flags)', () => {
  it('names the flag that was given, else the variable with its flag, else the flag', () => {
    expect(flagFor('apiKey', given('--api-key-of'))).toBe('--api-key-of');
    expect(flagFor('apiKey', given('--api-key'))).toBe('--api-key');
    expect(flagFor('apiKey', given())).toBe('ACCT_API_KEY (or --api-key)');
    expect(flagFor('moCallBackUrl', given())).toBe('--mo-url');
    expect(flagFor('drCallBackUrl', given())).toBe('--dr-url');
    expect(flagFor('trx', given())).toBe('--trx');
    expect(flagFor('secret', given('--secret-stdin'))).toBe('the new secret (--secret-stdin)');
    expect(flagFor('id', given())).toBe('<id>');
    expect(flagFor('somethingElse', given())).toBeUndefined();
    expect(Object.isFrozen(PARAMETER_FLAGS)).toBe(true);
  });

  it('drops the package prefix and constructor advice, and speaks in commands and flags', () => {
    expect(
      inCliWords(
        '[@acct/accounts] API key k already has 2 secrets: delete one with deleteSecret() before rotating',
        given(),
      ),
    ).toBe(
      'API key k already has 2 secrets: delete one with `acct secrets revoke <id>` before rotating',
    );
    expect(
      inCliWords(
        '[@acct/auth] apiKey must be a non-empty string, got empty string: pass it as a string to new Auth({ apiKey, apiSecret })',
        given('--api-key'),
      ),
    ).toBe('--api-key must be a non-empty string, got empty string');
  });
});

describe('reportError', () => {
  it('an invalid parameter is one sentence naming its flag (no prefix, no repeat)', () => {
    const err = new ValidationError(
      "[@acct/accounts] callbacks are invalid: moCallBackUrl must be an absolute http(s) URL, or '' to unset it",
      {
        invalidParameters: [
          { name: 'moCallBackUrl', reason: "must be an absolute http(s) URL, or '' to unset it" },
        ],
      },
    );
    expect(reportError(err, { path: ['settings'], given: given('--mo-url') })).toEqual({
      code: 'ACCT_VALIDATION',
      message: "--mo-url must be an absolute http(s) URL, or '' to unset it",
      status: null,
      details: [],
    });
  });

  it('credential errors of @acct/auth name the flag or variable', () => {
    expect(
      reportError(new InvalidApiKeyError('empty string'), { path: [], given: given() }).message,
    ).toMatch(/^ACCT_API_KEY \(or --api-key\) /);
    const secret = reportError(new InvalidApiSecretError('empty string'), {
      path: [],
      given: given('--api-secret'),
    });
    expect(secret.message).toMatch(/^--api-secret /);
    expect(secret.message).not.toMatch(/new Auth|apiSecret|\[@acct/);
  });

  it('a full account and each stage of a failed rotation say which acct command to run', () => {
    expect(reportError(new MaximumSecretsError('acct-demo', ['a', 'b'])).message).toBe(
      'acct-demo already has 2 secrets, the most it may have: revoke one with `acct secrets revoke <id>` first (ids: a, b)',
    );
    const base = { apiKey: 'k', createdId: 'new-1', revoked: [] as string[] };
    expect(
      reportError(
        new SecretRotationError({
          ...base,
          stage: 'revoke',
          rolledBack: false,
          revoked: ['old-1'],
        }),
      ).message,
    ).toBe(
      'the new secret new-1 works, but revoking the previous ones failed (revoked so far: old-1): ' +
        'revoke the rest with `acct secrets revoke <id>` (see `acct secrets list`)',
    );
    expect(
      reportError(new SecretRotationError({ ...base, stage: 'verify', rolledBack: true })).message,
    ).toBe('the new secret did not authenticate, so it was deleted again: nothing changed');
    expect(
      reportError(new SecretRotationError({ ...base, stage: 'verify', rolledBack: false })).message,
    ).toBe(
      'the new secret did not authenticate and deleting it failed: revoke it with `acct secrets revoke new-1`',
    );
  });

  it('a 403 hints per command; --json renders exactly the documented object', () => {
    const forbidden = createHttpError({
      status: 403,
      statusText: 'Forbidden',
      headers: {},
      body: { title: 'Forbidden' },
      request: { method: 'POST', url: 'http://h/accounts/k/secrets', headers: {} },
    });
    expect(reportError(forbidden, { path: ['balance'], given: given() }).hint).toBeUndefined();
    expect(reportError(forbidden, { path: ['secrets', 'list'], given: given() }).hint).toBe(
      'this API key may not manage the secrets of that account (a sub-account key, or the wrong key): check ACCT_API_KEY (or --api-key) and --api-key-of',
    );
    const report = reportError(forbidden, { path: ['secrets', 'create'], given: given() });
    expect(JSON.parse(renderReportJson(report))).toEqual({
      error: {
        code: 'ACCT_HTTP_PERMISSION_DENIED',
        message: 'API error 403 Forbidden',
        status: 403,
        hint: expect.stringMatching(/^the account may already hold 2 secrets/),
      },
    });
    expect(JSON.parse(renderReportJson(reportError(new UsageError('bad'))))).toEqual({
      error: { code: 'ACCT_CLI_USAGE', message: 'bad', status: null },
    });
    expect(reportError(new TypeError('boom')).code).toBe('ACCT_CLI_UNEXPECTED');
  });
});
