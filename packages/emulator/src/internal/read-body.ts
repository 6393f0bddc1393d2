import { headerOf } from './header-of';
import { decodeUtf8, MalformedInputError, parseForm } from './parse-form';
import { redactFields, redactJson, type Scrub } from './redact';
import type { BodyKind } from './routes/route-table';
import type { EmulatorRequest } from '../emulator-request';

/** Makes the body text the request log keeps, redacted with the secrets known then. */
export type LogBody = (scrub: Scrub) => string;

/** A body read for a route, with how the request log shows it. */
export type ReadBody =
  | {
      readonly ok: true;
      readonly form: Record<string, string>;
      readonly json: unknown;
      readonly logged: LogBody;
    }
  | {
      readonly ok: false;
      readonly status: 400 | 415;
      readonly detail: string;
      readonly logged: LogBody;
    };

const EMPTY: Record<string, string> = Object.freeze({});

function mediaType(request: EmulatorRequest): string | undefined {
  const header = headerOf(request.headers, 'content-type');
  return header?.split(';', 1)[0]?.trim().toLowerCase();
}

function sizeOf(body: Uint8Array | string): number {
  return typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
}

/**
 * Reads the body the way the route expects: `form` wants `application/x-www-form-urlencoded`,
 * `json` wants `application/json` (or `+json`); another media type is a 415, undecodable
 * content a 400. An empty body is no fields. `none` routes ignore any body.
 */
export function readBody(request: EmulatorRequest, kind: BodyKind): ReadBody {
  const raw = request.body;
  const size = raw === undefined ? 0 : sizeOf(raw);
  const sized = size === 0 ? '' : `[${size} bytes]`;
  const opaque: LogBody = () => sized;
  if (kind === 'none' || raw === undefined || size === 0) {
    return { ok: true, form: EMPTY, json: undefined, logged: opaque };
  }
  const type = mediaType(request);
  try {
    if (kind === 'form') {
      if (type !== 'application/x-www-form-urlencoded') {
        return {
          ok: false,
          status: 415,
          detail: 'use application/x-www-form-urlencoded',
          logged: opaque,
        };
      }
      const form = parseForm(decodeUtf8(raw));
      return {
        ok: true,
        form,
        json: undefined,
        logged: (scrub) => new URLSearchParams(redactFields(form, scrub)).toString(),
      };
    }
    if (
      type === undefined ||
      !(type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type))
    ) {
      return { ok: false, status: 415, detail: 'use application/json', logged: opaque };
    }
    let json: unknown;
    try {
      json = JSON.parse(decodeUtf8(raw));
    } catch (error) {
      if (error instanceof MalformedInputError) throw error;
      throw new MalformedInputError('body is not valid JSON');
    }
    return {
      ok: true,
      form: EMPTY,
      json,
      logged: (scrub) => JSON.stringify(redactJson(json, scrub)),
    };
  } catch (error) {
    const detail = error instanceof MalformedInputError ? error.message : 'unreadable body';
    return { ok: false, status: 400, detail: `malformed body: ${detail}`, logged: opaque };
  }
}
