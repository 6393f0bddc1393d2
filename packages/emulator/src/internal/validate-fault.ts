import { validateHeaderName, validateHeaderValue } from 'node:http';
import { EmulatorOptionError } from '../emulator-option-error';
import type { InjectOptions } from '../inject-options';
import { checkObject, isPlainObject, showKey } from './check-object';
import { describeNumber, describeValue } from './describe-value';
import {
  MAX_DELAY_MS,
  MAX_FAULT_BODY,
  MAX_FAULT_HEADERS,
  MAX_FAULT_HEADERS_SIZE,
  MAX_HEADER_NAME_LENGTH,
  MAX_HEADER_VALUE_LENGTH,
  MAX_METHOD_LENGTH,
  MAX_PATH_LENGTH,
  MAX_TIMES,
  NULL_BODY_STATUSES,
} from './limits';
import { LONE_SURROGATE, TOKEN } from './text-rules';

/** A validated fault with its remaining uses. */
export interface QueuedFault {
  readonly method: string | undefined;
  readonly path: string;
  readonly status: number | undefined;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body to answer, serialised at `inject()` time; `undefined` for the family's error body. */
  readonly body: { readonly text: string; readonly json: boolean } | undefined;
  readonly delayMs: number;
  readonly dropConnection: boolean;
  readonly commit: boolean;
  remaining: number;
}

const KEYS = [
  'method',
  'path',
  'status',
  'headers',
  'body',
  'delayMs',
  'dropConnection',
  'commit',
  'times',
];

/** Headers the emulator or Node writes itself: a fault may not set them. */
const RESERVED = new Set([
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'proxy-connection',
  'upgrade',
  'te',
  'trailer',
  'x-request-id',
]);

const fail = (option: string, reason: string): never => {
  throw new EmulatorOptionError(`inject.${option}`, reason);
};

function checkPath(path: unknown): string {
  if (typeof path !== 'string') return fail('path', `must be a string, got ${describeValue(path)}`);
  if (path.length > MAX_PATH_LENGTH) {
    fail('path', `must be at most ${MAX_PATH_LENGTH} characters, got ${path.length}`);
  }
  if (!/^\/[\x21-\x7e]*$/.test(path) || /[?#]/.test(path)) {
    fail(
      'path',
      'must start with "/" and hold visible ASCII only, without "?" or "#" ' +
        "(e.g. '/account/top-up' or '/accounts/{api_key}/secrets')",
    );
  }
  return path;
}

function checkMethod(method: unknown): string | undefined {
  if (method === undefined) return undefined;
  if (typeof method !== 'string' || method.length > MAX_METHOD_LENGTH || !TOKEN.test(method)) {
    fail(
      'method',
      `must be an HTTP method name (an RFC 9110 token of 1 to ${MAX_METHOD_LENGTH} characters, ` +
        `e.g. 'POST'), got ${describeValue(method)}`,
    );
  }
  return (method as string).toUpperCase();
}

function checkHeaders(headers: unknown): Record<string, string> {
  if (headers === undefined) return {};
  if (!isPlainObject(headers)) {
    fail('headers', `must be a plain object of strings, got ${describeValue(headers)}`);
  }
  const entries = Object.entries(headers as object) as [string, unknown][];
  if (Object.getOwnPropertySymbols(headers).length > 0) fail('headers', 'has a symbol key');
  if (entries.length > MAX_FAULT_HEADERS) {
    fail('headers', `may hold at most ${MAX_FAULT_HEADERS} headers, got ${entries.length}`);
  }
  const out: Record<string, string> = {};
  let size = 0;
  for (const [name, value] of entries) {
    const shown = showKey(name);
    const option = TOKEN.test(name) && shown.startsWith('"') ? `headers[${shown}]` : 'headers';
    let valid = name.length <= MAX_HEADER_NAME_LENGTH;
    try {
      validateHeaderName(name);
    } catch {
      valid = false;
    }
    if (!valid) {
      fail(
        option,
        `has a name that is not an RFC 9110 token of 1 to ${MAX_HEADER_NAME_LENGTH} ` +
          `characters (${shown}): use names like 'retry-after'`,
      );
    }
    const lower = name.toLowerCase();
    if (RESERVED.has(lower)) {
      fail(option, 'is set by the emulator itself (framing, connection or x-request-id)');
    }
    if (Object.hasOwn(out, lower)) fail(option, 'is given twice (header names ignore case)');
    if (typeof value !== 'string') fail(option, `must be a string, got ${describeValue(value)}`);
    const text = value as string;
    if (text.length > MAX_HEADER_VALUE_LENGTH) {
      fail(option, `must be at most ${MAX_HEADER_VALUE_LENGTH} characters, got ${text.length}`);
    }
    try {
      validateHeaderValue(lower, text);
    } catch {
      fail(
        option,
        'must hold only characters Node can write in a header: tab, space, visible ASCII ' +
          'and Latin-1 (no CR, LF, NUL or other control characters, nothing above U+00FF)',
      );
    }
    if (/^[\t ]|[\t ]$/.test(text)) {
      fail(option, 'must not start or end with a space or tab (a client would trim it)');
    }
    size += lower.length + text.length;
    if (size > MAX_FAULT_HEADERS_SIZE) {
      fail('headers', `must hold at most ${MAX_FAULT_HEADERS_SIZE} characters in all`);
    }
    out[lower] = text;
  }
  return out;
}

function checkBody(body: unknown): QueuedFault['body'] {
  if (body === undefined) return undefined;
  let text: string;
  if (typeof body === 'string') {
    if (LONE_SURROGATE.test(body)) {
      fail(
        'body',
        'must be well-formed Unicode (it holds a lone surrogate, which UTF-8 cannot carry)',
      );
    }
    text = body;
  } else {
    let json: string | undefined;
    try {
      json = JSON.stringify(body);
    } catch {
      fail('body', `must be a string or a JSON-serialisable value, got ${describeValue(body)}`);
    }
    if (typeof json !== 'string') {
      fail('body', `must be a string or a JSON-serialisable value, got ${describeValue(body)}`);
    }
    text = json as string;
  }
  const size = Buffer.byteLength(text);
  if (size > MAX_FAULT_BODY) {
    fail('body', `must be at most ${MAX_FAULT_BODY} bytes in UTF-8, got ${size}`);
  }
  return { text, json: typeof body !== 'string' };
}

function checkFlag(options: Record<string, unknown>, name: string): boolean {
  const value = options[name];
  if (value !== undefined && typeof value !== 'boolean') {
    fail(name, `must be true or false, got ${describeValue(value)}`);
  }
  return value === true;
}

function checkNumber(value: unknown, name: string, min: number, max: number, int: boolean): void {
  if (
    typeof value !== 'number' ||
    !(int ? Number.isInteger(value) : Number.isFinite(value)) ||
    value < min ||
    value > max
  ) {
    fail(
      name,
      `must be ${int ? 'an integer' : 'a number'} from ${min} to ${max}, got ${describeNumber(value)}`,
    );
  }
}

/** Validates the options of `inject()`; throws {@link EmulatorOptionError} naming the option. */
export function validateFault(input: InjectOptions): QueuedFault {
  const options = checkObject(input, 'inject', KEYS, "{ path: '/account/top-up', status: 503 }");
  const path = checkPath(options.path);
  const method = checkMethod(options.method);
  const { status, delayMs = 0, times = 1 } = options;
  if (status !== undefined) checkNumber(status, 'status', 200, 599, true);
  const headers = checkHeaders(options.headers);
  const body = checkBody(options.body);
  checkNumber(delayMs, 'delayMs', 0, MAX_DELAY_MS, false);
  checkNumber(times, 'times', 1, MAX_TIMES, true);
  const dropConnection = checkFlag(options, 'dropConnection');
  const commit = checkFlag(options, 'commit');
  if (body !== undefined && status === undefined) {
    fail('body', 'needs a status: the body replaces the answer of that status');
  }
  if (body !== undefined && NULL_BODY_STATUSES.has(status as number)) {
    fail('body', `cannot go with status ${status as number}, which has no body`);
  }
  if (dropConnection && (status !== undefined || options.headers !== undefined || body)) {
    fail('dropConnection', 'answers nothing: leave out status, headers and body');
  }
  if (commit && status === undefined && !dropConnection) {
    fail('commit', 'needs a status or dropConnection (the answer that replaces the real one)');
  }
  return {
    method,
    path,
    status: status as number | undefined,
    headers,
    body,
    delayMs: delayMs as number,
    dropConnection,
    commit,
    remaining: times as number,
  };
}
