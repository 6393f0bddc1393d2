import { ResponseTypes } from '../response-types';

/** A decoded body, or the parse failure of a body that claimed to be JSON. */
export type Decoded = { data: unknown; error?: undefined } | { data: string; error: Error };

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(?:;|$)/i;

function parseForm(text: string): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    const existing = result[name];
    if (existing === undefined) result[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else result[name] = [existing, value];
  }
  return result;
}

/**
 * Decodes a response body by its content type: `application/json` and every `+json` type
 * parsed, form parsed into an object, text otherwise; without a content type, as
 * `responseType` says. A 204 or empty body gives `undefined`.
 */
export function decodeBody(
  status: number,
  text: string,
  contentType: string | null,
  responseType = ResponseTypes.TEXT,
): Decoded {
  if (status === 204 || text === '') return { data: undefined };
  const asJson = contentType
    ? contentType === 'application/json' || JSON_TYPE.test(contentType)
    : responseType === ResponseTypes.JSON;
  if (asJson) {
    try {
      return { data: JSON.parse(text) as unknown };
    } catch (error) {
      return { data: text, error: error as Error };
    }
  }
  if (contentType && FORM_TYPE.test(contentType)) return { data: parseForm(text) };
  return { data: text };
}
