/**
 * The part of msw's `http` namespace {@link createHandlers} uses: pass msw's own `http`
 * (`import { http } from 'msw'`). `H` is msw's `HttpHandler`.
 *
 * @example
 * ```ts
 * import { http } from 'msw';
 * import type { MswHttp } from '@acct/emulator';
 *
 * const namespace: MswHttp<ReturnType<typeof http.all>> = http;
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
