import type { EmulatorRequest } from '../emulator-request';
import type { AccountStore } from './account-store';
import { authenticate } from './authenticate';
import { headerOf } from './header-of';
import { MalformedInputError, parseForm } from './parse-form';
import { readBody, type LogBody } from './read-body';
import { errorCode, familyError, problem, type Family, type Reply } from './reply';
import { matchRoute } from './routes/route-table';

/** A processed request: the reply and what the request log keeps about it. */
export interface Processed {
  readonly reply: Reply;
  readonly apiKey: string | null;
  /** Makes the logged body (redacted with the secrets known when the entry is written). */
  readonly body: LogBody;
  /** The `secret` of a create request, valid or not, for the log to scrub from now on. */
  readonly received: string | undefined;
}

const NO_BODY: LogBody = () => '';

/** The `secret` field of a JSON object body, when it is a string. */
function secretIn(json: unknown): string | undefined {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const secret = (json as Record<string, unknown>).secret;
  return typeof secret === 'string' ? secret : undefined;
}

const NO_FIELDS: Record<string, string> = Object.freeze({});

function unauthorized(family: Family, requestId: string, missing: boolean): Reply {
  if (family === 'rest') return errorCode(401, 'authentication failed');
  return problem(
    401,
    requestId,
    {
      type: 'https://developer.nexmo.com/api-errors#unauthorized',
      title: 'Unauthorized',
      detail: missing
        ? 'Invalid credentials format. Expected: "Authorization: (Base64(UTF-8(apiKey:secret)))"'
        : 'You did not provide correct credentials.',
    },
    { 'www-authenticate': 'Basic realm="Account API"' },
  );
}

function decodeParams(raw: readonly string[]): string[] | undefined {
  try {
    return raw.map((p) => decodeURIComponent(p));
  } catch {
    return undefined;
  }
}

/**
 * The synchronous heart of the emulator: route, method, size, query, body, authentication,
 * then the route's handler, each failure answered in the path's family shape.
 */
export function processRequest(
  store: AccountStore,
  request: EmulatorRequest,
  method: string,
  pathname: string,
  rawQuery: string,
  requestId: string,
): Processed {
  const family: Family = pathname.startsWith('/account/') ? 'rest' : 'api';
  const fail = (status: number, detail: string, headers?: Record<string, string>): Processed => ({
    reply: familyError(family, status, requestId, detail, headers),
    apiKey: null,
    body: NO_BODY,
    received: undefined,
  });
  const matched = matchRoute(pathname);
  if (matched === undefined) return fail(404, `no resource at ${pathname}`);
  const { route } = matched;
  const entry = route.methods[method];
  if (entry === undefined) {
    return fail(405, `${method} is not allowed on ${route.template}`, { allow: route.allow });
  }
  if (request.bodyTooLarge === true) return fail(413, 'request body is larger than 1 MiB');
  let query: Record<string, string>;
  try {
    query = rawQuery === '' ? NO_FIELDS : parseForm(rawQuery);
  } catch (error) {
    return fail(400, `malformed query: ${(error as MalformedInputError).message}`);
  }
  const params = decodeParams(matched.params);
  if (params === undefined) return fail(400, 'malformed path: bad percent-encoding');
  const body = readBody(request, entry.body);
  if (!body.ok) return { ...fail(body.status, body.detail), body: body.logged };
  const received = entry.body === 'json' ? secretIn(body.json) : undefined;
  const auth = authenticate(
    store,
    headerOf(request.headers, 'authorization'),
    query,
    ...(family === 'rest' ? [body.form] : []),
  );
  if ('failure' in auth) {
    return {
      reply: unauthorized(family, requestId, auth.failure === 'missing'),
      apiKey: null,
      body: body.logged,
      received,
    };
  }
  const reply = entry.handler({
    store,
    caller: auth.account,
    params,
    form: body.form,
    json: body.json,
    requestId,
  });
  return { reply, apiKey: auth.account.apiKey, body: body.logged, received };
}
