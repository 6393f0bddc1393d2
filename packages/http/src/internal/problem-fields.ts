import type { InvalidParameter } from '../errors/validation-error';

/** The fields of an error body lifted onto an `HttpError`. */
export interface ProblemFields {
  type?: string;
  title?: string;
  detail?: string;
  instance?: string;
  invalidParameters?: InvalidParameter[];
  errorCode?: string;
  errorCodeLabel?: string;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function parameters(value: unknown): InvalidParameter[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((item: unknown) => {
    const entry = (item !== null && typeof item === 'object' ? item : {}) as Record<
      string,
      unknown
    >;
    return { name: text(entry.name) ?? '', reason: text(entry.reason) ?? '' };
  });
}

/**
 * Lifts RFC 7807 fields (`type`, `title`, `detail`, `instance`, `invalid_parameters`) and the
 * legacy `error-code` / `error-code-label` fields from an error body.
 */
export function problemFields(body: unknown): ProblemFields {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return {};
  const b = body as Record<string, unknown>;
  const fields: ProblemFields = {
    type: text(b.type),
    title: text(b.title),
    detail: text(b.detail),
    instance: text(b.instance),
    invalidParameters: parameters(b.invalid_parameters ?? b.invalidParameters),
    errorCode: text(b['error-code']),
    errorCodeLabel: text(b['error-code-label']),
  };
  for (const key of Object.keys(fields) as Array<keyof ProblemFields>) {
    if (fields[key] === undefined) delete fields[key];
  }
  return fields;
}
