import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import {
  isAcctError,
  isHttpError,
  isNetworkError,
  isTimeoutError,
  isValidationError,
} from '@acct/server-sdk';
import { outcomeUnknownHint } from './outcome-unknown-hint';
import { RotationOutcomeUnknown } from './rotation-outcome-unknown';
import type { Scrubber } from './scrub';
import { ToolRefusal } from './tool-refusal';

/** The agent-facing description of a failure: no stack, no credential. */
export interface ToolErrorInfo {
  code: string;
  status?: number;
  title: string;
  detail?: string;
  hint: string;
  invalid_parameters?: Array<{ name: string; reason: string }>;
  secret_ids?: string[];
  /** `'unknown'` when the operation may have taken effect although it failed. */
  outcome?: 'unknown';
  /** The secret file `rotate_secret` kept (with `outcome: 'unknown'`). */
  secret_file?: string;
  /** When the rotation started, ISO 8601: a secret created since is the new one. */
  started_at?: string;
}

const HINTS: Record<number, string> = {
  400: 'The Account API rejected the input; fix the fields named in detail and call again.',
  401: 'The server credentials (ACCT_API_KEY / ACCT_API_SECRET) were refused. The operator must fix the environment of acct-mcp; retrying will not help.',
  403: 'The operation is forbidden. An account always keeps at least one secret: rotate first, then revoke the old one.',
  404: 'Nothing has that id. Call list_secrets to see the ids that exist.',
  409: 'The request conflicts with the current state; read it again before retrying.',
  422: 'The Account API could not process the input; fix the fields named in detail.',
  429: 'Rate limited by the Account API; wait a little before calling again.',
};

const hintForStatus = (status: number): string =>
  HINTS[status] ??
  (status >= 500
    ? 'The Account API failed on its side; try again later.'
    : 'The Account API refused the request.');

/** Hints of acct errors that are told apart by code rather than status. */
const CODE_HINTS: Record<string, string> = {
  ACCT_HTTP_AUTO_RELOAD_NOT_ENABLED:
    'Top-up only works when auto-reload is enabled on the account (in the dashboard); the operator must enable it.',
  ACCT_HTTP_TOP_UP_FAILED:
    'The top-up was refused and nothing was charged; check the transaction reference (trx).',
  ACCT_MAXIMUM_SECRETS:
    'The account already holds the maximum number of secrets: revoke an unused one with revoke_secret (see secret_ids), then rotate again.',
  ACCT_SECRET_ROTATION:
    'See detail: it says whether the new secret was rolled back or which previous secrets remain.',
};

/**
 * Describes any thrown value for the agent: status, title, detail and a hint for typed acct
 * errors, a generic line for anything else. Never a stack trace. A top-up that may have reached
 * the server (timeout, connection lost after sending, 5xx) gets a "check get_balance first" hint,
 * never "try again".
 *
 * @param err - What the SDK (or the tool) threw.
 * @returns The description.
 */
export function describeError(err: unknown): ToolErrorInfo {
  const info = describeKnownError(err);
  const unknownOutcome = outcomeUnknownHint(err);
  return unknownOutcome === undefined ? info : { ...info, hint: unknownOutcome };
}

function describeKnownError(err: unknown): ToolErrorInfo {
  if (err instanceof RotationOutcomeUnknown) return err.info;
  if (isHttpError(err)) {
    const title = err.title ?? err.errorCodeLabel ?? err.statusText;
    return {
      code: err.code,
      status: err.status,
      title,
      ...(err.detail === undefined || err.detail === title ? {} : { detail: err.detail }),
      hint: CODE_HINTS[err.code] ?? hintForStatus(err.status),
      ...(err.invalidParameters === undefined ? {} : { invalid_parameters: err.invalidParameters }),
    };
  }
  if (isValidationError(err)) {
    return {
      code: err.code,
      title: 'Invalid input',
      detail: err.message,
      hint: 'Fix the parameters named in invalid_parameters and call again.',
      invalid_parameters: err.invalidParameters,
    };
  }
  if (isTimeoutError(err)) {
    return {
      code: err.code,
      title: 'Timeout',
      detail: err.message,
      hint: 'The Account API did not answer in time. Reads can be retried; check the balance before repeating a top-up.',
    };
  }
  if (isNetworkError(err)) {
    return {
      code: err.code,
      title: 'Network error',
      detail: err.message,
      hint: 'The Account API could not be reached; the operator should check ACCT_REST_HOST / ACCT_API_HOST and the network.',
    };
  }
  if (err instanceof ToolRefusal) {
    return { code: err.code, title: err.title, detail: err.message, hint: err.hint };
  }
  if (isAcctError(err)) {
    const info: ToolErrorInfo = {
      code: err.code,
      title: err.name,
      detail: err.message,
      hint: CODE_HINTS[err.code] ?? 'See detail.',
    };
    const { secretIds } = err as { secretIds?: unknown };
    if (Array.isArray(secretIds)) info.secret_ids = secretIds.map(String);
    return info;
  }
  return {
    code: 'ACCT_MCP_INTERNAL',
    title: 'Internal error',
    detail: err instanceof Error ? `${err.name}: ${err.message}` : 'unknown failure',
    hint: 'Unexpected failure inside acct-mcp; the operator can see its log on stderr.',
  };
}

/**
 * One line for a failure: `401 Unauthorized: detail. Hint: hint`.
 *
 * @param info - The description.
 * @returns The line.
 */
export function formatError(info: ToolErrorInfo): string {
  const head = info.status === undefined ? info.title : `${info.status} ${info.title}`;
  const detail = info.detail === undefined ? '' : `: ${info.detail.replace(/\.$/, '')}`;
  return `${head}${detail}. Hint: ${info.hint}`;
}

/**
 * Turns a failure into an MCP tool error (`isError: true`): a one-line summary, then the
 * description as JSON, both scrubbed of every known secret.
 *
 * @param tool - Name of the tool that failed.
 * @param err - What was thrown.
 * @param scrub - The context's scrubber.
 * @returns The tool result.
 */
export function toToolError(tool: string, err: unknown, scrub: Scrubber): CallToolResult {
  const info = describeError(err);
  const summary = `${tool} failed: ${formatError(info)}`;
  return {
    isError: true,
    content: [
      { type: 'text', text: scrub(summary) },
      { type: 'text', text: scrub(JSON.stringify({ error: info })) },
    ],
  };
}
