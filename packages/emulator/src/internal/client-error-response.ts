import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';

/** Maps a parser error code to the status Node itself would answer. */
export function clientErrorStatus(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

/** A raw HTTP/1.1 response for a request the parser rejected: problem JSON and x-request-id. */
export function clientErrorResponse(status: number): string {
  const id = randomUUID().replace(/-/g, '');
  const title = STATUS_CODES[status] ?? 'Bad Request';
  const body = JSON.stringify({
    type: `https://developer.nexmo.com/api-errors#${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    title,
    detail: 'the request could not be parsed as HTTP/1.1',
    instance: id,
  });
  return [
    `HTTP/1.1 ${status} ${title}`,
    'content-type: application/problem+json',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    `x-request-id: ${id}`,
    '',
    body,
  ].join('\r\n');
}
