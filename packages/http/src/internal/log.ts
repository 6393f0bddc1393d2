import createDebug from 'debug';

/** The `debug` logger of namespace `acct:http`. */
export const debugHttp = createDebug('acct:http');

/**
 * Emits one already-redacted line to `debug` (namespace `acct:http`) and to the caller's
 * logger. `build` runs only when someone listens.
 */
export function emit(logger: ((line: string) => void) | undefined, build: () => string): void {
  if (!debugHttp.enabled && !logger) return;
  const line = build();
  debugHttp('%s', line);
  if (logger) {
    try {
      logger(line);
    } catch {
      // a failing log hook never fails the request
    }
  }
}
