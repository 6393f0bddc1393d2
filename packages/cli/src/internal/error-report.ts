import { errorCode, field, isHttpErrorLike, text } from './error-fields';
import { flagFor, inCliWords } from './flag-table';
import { outcomeUnknownHint } from './outcome-unknown-hint';

/** One failure as the CLI reports it: in words (stderr) or as `{"error":{...}}` (--json). */
export interface ErrorReport {
  /** The stable code: the acct error's `code`, or `ACCT_CLI_UNEXPECTED`. */
  code: string;
  /** One sentence in the CLI's words, naming the flag or command to change. */
  message: string;
  /** The HTTP status of an API error, else `null`. */
  status: number | null;
  /** Further lines: the request id, the parameters the service refused. */
  details: string[];
  /** What to do next, when there is something to say. */
  hint?: string;
}

/** Where the failure happened: the command and the flags given (to name the right one). */
export interface ErrorWhere {
  path: readonly string[];
  given: ReadonlyMap<string, number>;
}

const NOWHERE: ErrorWhere = { path: [], given: new Map() };

/** Builds the report of any failure. Prints only fields of the error, never argv values. */
export function reportError(error: unknown, where: ErrorWhere = NOWHERE): ErrorReport {
  if (isHttpErrorLike(error)) return httpReport(error, where);
  const code = errorCode(error) ?? 'ACCT_CLI_UNEXPECTED';
  const report: ErrorReport = { code, message: messageOf(error, where), status: null, details: [] };
  const hint = outcomeUnknownHint(error) ?? plainHint(code);
  if (hint !== undefined) report.hint = hint;
  return report;
}

/** The human form: `error: <message>`, the details, `hint: <hint>`. */
export function renderReport(report: ErrorReport): string {
  const hint = report.hint === undefined ? [] : [`hint: ${report.hint}`];
  return [`error: ${report.message}`, ...report.details, ...hint].join('\n');
}

/** The --json form: exactly one object, on one line. */
export function renderReportJson(report: ErrorReport): string {
  const { code, status, hint } = report;
  const message = [report.message, ...report.details.map((d) => d.trim())].join('; ');
  return JSON.stringify({
    error: { code, message, status, ...(hint === undefined ? {} : { hint }) },
  });
}

function messageOf(error: unknown, where: ErrorWhere): string {
  const params = parameterSentence(error, where);
  if (params !== undefined) return params;
  const code = errorCode(error);
  if (code === 'ACCT_MAXIMUM_SECRETS') return maximumSecrets(error);
  if (code === 'ACCT_SECRET_ROTATION') return rotationFailed(error);
  if (code === 'ACCT_AUTH_MISSING_API_KEY') return 'no API key: set ACCT_API_KEY or pass --api-key';
  if (code === 'ACCT_AUTH_MISSING_API_SECRET') {
    return 'no API secret: set ACCT_API_SECRET (or pass --api-secret)';
  }
  const message = error instanceof Error ? error.message : String(error);
  if (code === undefined) return `unexpected failure: ${message}`;
  return inCliWords(message, where.given);
}

/** `--mo-url must be an absolute http(s) URL, ...`: one sentence for the refused parameters. */
function parameterSentence(error: unknown, where: ErrorWhere): string | undefined {
  const params = field(error, 'invalidParameters');
  if (!Array.isArray(params) || params.length === 0) return undefined;
  const sentences = new Set<string>();
  for (const p of params as unknown[]) {
    const name = text(p, 'name') ?? '';
    const reason = inCliWords(text(p, 'reason') ?? 'is invalid', where.given);
    sentences.add(`${flagFor(name, where.given) ?? name} ${reason}`);
  }
  return [...sentences].join('; ');
}

function maximumSecrets(error: unknown): string {
  const ids = field(error, 'secretIds');
  const list = Array.isArray(ids) ? ids.map(String) : [];
  const key = text(error, 'apiKey') ?? 'the account';
  return (
    `${key} already has ${list.length} secrets, the most it may have: ` +
    `revoke one with \`acct secrets revoke <id>\` first (ids: ${list.join(', ')})`
  );
}

function rotationFailed(error: unknown): string {
  const created = text(error, 'createdId') ?? '?';
  const revokedIds = field(error, 'revoked');
  const revoked = Array.isArray(revokedIds) ? revokedIds.map(String) : [];
  if (field(error, 'stage') === 'revoke') {
    return (
      `the new secret ${created} works, but revoking the previous ones failed ` +
      `(revoked so far: ${revoked.length > 0 ? revoked.join(', ') : 'none'}): ` +
      'revoke the rest with `acct secrets revoke <id>` (see `acct secrets list`)'
    );
  }
  return field(error, 'rolledBack') === true
    ? 'the new secret did not authenticate, so it was deleted again: nothing changed'
    : `the new secret did not authenticate and deleting it failed: revoke it with \`acct secrets revoke ${created}\``;
}

function plainHint(code: string): string | undefined {
  if (code === 'ACCT_TIMEOUT') {
    return 'the service did not answer in time; raise --timeout or check the host';
  }
  if (code === 'ACCT_NETWORK') {
    return 'check your network and the hosts (--rest-host/--api-host, ACCT_REST_HOST/ACCT_API_HOST)';
  }
  return undefined;
}

function httpReport(error: unknown, where: ErrorWhere): ErrorReport {
  const status = field(error, 'status') as number;
  const title = text(error, 'title') ?? text(error, 'errorCodeLabel') ?? text(error, 'statusText');
  const detail = text(error, 'detail');
  let message = `API error ${[String(status), title].filter(Boolean).join(' ')}`;
  if (detail !== undefined && detail !== title) message += `: ${detail}`;
  const details: string[] = [];
  const params = field(error, 'invalidParameters');
  if (Array.isArray(params)) {
    for (const p of params as unknown[]) {
      const name = text(p, 'name') ?? '?';
      details.push(`  ${flagFor(name, where.given) ?? name}: ${text(p, 'reason') ?? ''}`);
    }
  }
  const requestId = text(error, 'requestId');
  if (requestId !== undefined) details.push(`request id: ${requestId}`);
  const report: ErrorReport = { code: errorCode(error) ?? 'ACCT_HTTP', message, status, details };
  const hint = httpHint(error, status, where);
  if (hint !== undefined) report.hint = hint;
  return report;
}

function httpHint(error: unknown, status: number, where: ErrorWhere): string | undefined {
  const unknown = outcomeUnknownHint(error);
  if (unknown !== undefined) return unknown;
  if (field(error, 'name') === 'AutoReloadNotEnabledError') {
    return 'top-up needs auto-reload: turn it on in the dashboard';
  }
  if (status === 401) return 'check ACCT_API_KEY/ACCT_API_SECRET (or --api-key/--api-secret)';
  if (status === 403) return forbiddenHint(where.path);
  if (status === 404) return 'check the id, and --api-key-of when it belongs to another account';
  if (status === 429) return 'rate limited: wait a moment and try again';
  if (status >= 500) return 'the service failed: try again later';
  return undefined;
}

/** What a 403 means for the command that got it. */
function forbiddenHint(path: readonly string[]): string | undefined {
  if (path[0] !== 'secrets') return undefined;
  const wrongKey =
    'this API key may not manage the secrets of that account (a sub-account key, or the wrong ' +
    'key): check ACCT_API_KEY (or --api-key) and --api-key-of';
  if (path[1] === 'create' || path[1] === 'rotate') {
    return `the account may already hold 2 secrets, the most allowed: revoke one with \`acct secrets revoke <id>\` first; or ${wrongKey}`;
  }
  if (path[1] === 'revoke') {
    return `an account always keeps one secret: use \`acct secrets rotate --revoke-previous\` to replace the last one; or ${wrongKey}`;
  }
  return wrongKey;
}
