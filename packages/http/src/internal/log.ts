import createDebug from 'debug';

/** The `debug` logger of namespace `acct:http`. */
export const debugHttp = createDebug('acct:http');

/**
 * True when a line would be written somewhere (debug `acct:http` is enabled, or there is a
 * logger): lets the hot path skip even the closure that builds the line.
 */
export function logging(logger: ((line: string) => void) | undefined): boolean {
  return logger !== undefined || debugHttp.enabled;
}

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
