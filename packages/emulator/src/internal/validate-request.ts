import { EmulatorOptionError } from '../emulator-option-error';
import type { EmulatorRequest } from '../emulator-request';
import { describeValue } from './describe-value';

const fail = (option: string, reason: string): never => {
  throw new EmulatorOptionError(`handle.${option}`, reason);
};

/**
 * Checks the shape of a request handed to `Emulator.handle()` by an adapter (a caller bug, not
 * a client's: a client's bad request is answered, never thrown).
 */
export function validateRequest(request: EmulatorRequest): void {
  if (request === null || typeof request !== 'object') {
    fail('request', `must be an object { method, url, headers }, got ${describeValue(request)}`);
  }
  if (typeof request.method !== 'string') {
    fail('request.method', `must be a string, got ${describeValue(request.method)}`);
  }
  if (typeof request.url !== 'string') {
    fail('request.url', `must be a string, got ${describeValue(request.url)}`);
  }
  const { headers, body, bodyTooLarge } = request;
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) {
    fail('request.headers', `must be an object of header values, got ${describeValue(headers)}`);
  }
  if (body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array)) {
    fail('request.body', `must be a string or a Uint8Array, got ${describeValue(body)}`);
  }
  if (bodyTooLarge !== undefined && typeof bodyTooLarge !== 'boolean') {
    fail('request.bodyTooLarge', `must be true or false, got ${describeValue(bodyTooLarge)}`);
  }
}
