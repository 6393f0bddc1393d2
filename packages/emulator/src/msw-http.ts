/**
 * The part of msw's `http` namespace {@link createHandlers} uses: pass msw's own `http`
 * (`import { http } from 'msw'`). `H` is msw's `HttpHandler`.
 *
 * @example
 * ```ts
 * import { http } from 'msw';
 * import { setupServer } from 'msw/node';
 * import { createHandlers, type MswHttp } from '@acct/emulator';
 *
 * // msw's own `http` fits: createHandlers only needs its `all()`
 * const namespace: MswHttp<ReturnType<typeof http.all>> = http;
 * setupServer(...createHandlers({ http: namespace })).listen();
 * ```
 */
export interface MswHttp<H> {
  /**
   * msw's `http.all(predicate, resolver)`.
   * @param predicate - the URL pattern to intercept.
   * @param resolver - answers an intercepted request.
   * @returns an msw request handler.
   */
  all(predicate: string, resolver: (info: { request: Request }) => Promise<Response>): H;
}
