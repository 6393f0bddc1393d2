import { inspect } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import {
  AcctError,
  NetworkError,
  ParseError,
  TimeoutError,
  ValidationError,
  createHttpError,
} from '@acct/server-sdk';
import { describeError, toToolError } from '../../src/internal/tool-error';
import { createScrubber } from '../../src/internal/scrub';
import { ToolRefusal } from '../../src/internal/tool-refusal';

const request = { method: 'GET', url: 'https://rest.example/account/get-balance', headers: {} };
const http = (status: number, body: unknown) =>
  createHttpError({ status, statusText: 'Status', headers: {}, body, request });

describe('describeError', () => {
  it('lifts status, title and detail of a problem+json error', () => {
    expect(
      describeError(
        http(400, {
          title: 'Bad Request',
          detail: 'The request failed due to secret validation errors',
          invalid_parameters: [{ name: 'secret', reason: 'Does not meet complexity requirements' }],
        }),
      ),
    ).toEqual({
      code: 'ACCT_HTTP_BAD_REQUEST',
      status: 400,
      title: 'Bad Request',
      detail: 'The request failed due to secret validation errors',
      hint: 'The Account API rejected the input; fix the fields named in detail and call again.',
      invalid_parameters: [{ name: 'secret', reason: 'Does not meet complexity requirements' }],
    });
  });

  it('uses the legacy error-code-label as title, and the status text as a last resort', () => {
    expect(
      describeError(
        http(401, { 'error-code': '401', 'error-code-label': 'authentication failed' }),
      ),
    ).toMatchObject({
      status: 401,
      title: 'authentication failed',
    });
    expect(describeError(http(502, ''))).toEqual({
      code: 'ACCT_HTTP_SERVER',
      status: 502,
      title: 'Status',
      hint: 'The Account API failed on its side; try again later.',
    });
  });

  it.each([
    [409, 'The request conflicts with the current state; read it again before retrying.'],
    [422, 'The Account API could not process the input; fix the fields named in detail.'],
    [429, 'Rate limited by the Account API; wait a little before calling again.'],
    [418, 'The Account API refused the request.'],
  ])('gives a hint for status %i', (status, hint) => {
    expect(describeError(http(status, {})).hint).toBe(hint);
  });

  it('describes validation, timeout, network and other acct errors', () => {
    expect(
      describeError(
        new ValidationError('[@acct/accounts] secret is too short', [
          { name: 'secret', reason: 'too short' },
        ]),
      ),
    ).toEqual({
      code: 'ACCT_VALIDATION',
      title: 'Invalid input',
      detail: '[@acct/accounts] secret is too short',
      hint: 'Fix the parameters named in invalid_parameters and call again.',
      invalid_parameters: [{ name: 'secret', reason: 'too short' }],
    });
    expect(
      describeError(
        new TimeoutError('[@acct/http] timed out after 10 ms', { timeout: 10, url: request.url }),
      ),
    ).toMatchObject({
      code: 'ACCT_TIMEOUT',
      title: 'Timeout',
      detail: '[@acct/http] timed out after 10 ms',
    });
    expect(
      describeError(
        new NetworkError('[@acct/http] connection refused', { systemCode: 'ECONNREFUSED' }),
      ),
    ).toMatchObject({
      code: 'ACCT_NETWORK',
      title: 'Network error',
    });
    expect(describeError(new ParseError('[@acct/http] bad JSON', { text: '{' }))).toEqual({
      code: 'ACCT_PARSE',
      title: 'ParseError',
      detail: '[@acct/http] bad JSON',
      hint: 'See detail.',
    });
    expect(describeError(new AcctError('x', { code: 'ACCT_OTHER' })).hint).toBe('See detail.');
  });

  it('describes a refusal and an unexpected failure without internals', () => {
    expect(
      describeError(new ToolRefusal('ACCT_MCP_X', 'Title', 'What happened.', 'Do this.')),
    ).toEqual({
      code: 'ACCT_MCP_X',
      title: 'Title',
      detail: 'What happened.',
      hint: 'Do this.',
    });
    expect(describeError(new RangeError('boom'))).toEqual({
      code: 'ACCT_MCP_INTERNAL',
      title: 'Internal error',
      detail: 'RangeError: boom',
      hint: 'Unexpected failure inside acct-mcp; the operator can see its log on stderr.',
    });
    expect(describeError('a string').detail).toBe('unknown failure');
  });
});

describe('toToolError', () => {
  it('returns isError with a summary and the JSON description, scrubbed, never a stack', () => {
    const err = new RangeError('leaked Canary7SecretValue here');
    const result = toToolError('get_balance', err, createScrubber(['Canary7SecretValue']));
    expect(result).toEqual({
      isError: true,
      content: [
        {
          type: 'text',
          text: 'get_balance failed: Internal error: RangeError: leaked [REDACTED] here. Hint: Unexpected failure inside acct-mcp; the operator can see its log on stderr.',
        },
        {
          type: 'text',
          text: JSON.stringify({
            error: {
              code: 'ACCT_MCP_INTERNAL',
              title: 'Internal error',
              detail: 'RangeError: leaked [REDACTED] here',
              hint: 'Unexpected failure inside acct-mcp; the operator can see its log on stderr.',
            },
          }),
        },
      ],
    });
    expect(inspect(result, { depth: 5 })).not.toContain(String(err.stack).split('\n')[1]);
  });
});
