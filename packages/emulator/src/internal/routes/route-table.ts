import type { Family } from '../reply';
import { createSecret } from './create-secret';
import { deleteSecret } from './delete-secret';
import { getBalance } from './get-balance';
import { getSecret } from './get-secret';
import { listSecrets } from './list-secrets';
import type { RouteHandler } from './route-context';
import { settings } from './settings';
import { topUp } from './top-up';

/** How a route reads its body: not at all, as a form, or as JSON. */
export type BodyKind = 'none' | 'form' | 'json';

/** One method of a route. */
export interface RouteMethod {
  readonly handler: RouteHandler;
  readonly body: BodyKind;
}

/** One path of the spec with the methods it serves. */
export interface Route {
  /** The spec's path template, e.g. `/accounts/{api_key}/secrets`. */
  readonly template: string;
  readonly pattern: RegExp;
  readonly family: Family;
  readonly methods: Readonly<Record<string, RouteMethod>>;
  /** The `Allow` header value. */
  readonly allow: string;
}

function route(template: string, family: Family, methods: Record<string, RouteMethod>): Route {
  const source = template.replace(/\{[^}]+\}/g, '([^/]+)');
  return {
    template,
    pattern: new RegExp(`^${source}$`),
    family,
    methods,
    allow: Object.keys(methods).join(', '),
  };
}

/** Every path and method of the Account API spec. */
export const ROUTES: readonly Route[] = [
  route('/account/get-balance', 'rest', { GET: { handler: getBalance, body: 'none' } }),
  route('/account/top-up', 'rest', { POST: { handler: topUp, body: 'form' } }),
  route('/account/settings', 'rest', { POST: { handler: settings, body: 'form' } }),
  route('/accounts/{api_key}/secrets', 'api', {
    GET: { handler: listSecrets, body: 'none' },
    POST: { handler: createSecret, body: 'json' },
  }),
  route('/accounts/{api_key}/secrets/{secret_id}', 'api', {
    GET: { handler: getSecret, body: 'none' },
    DELETE: { handler: deleteSecret, body: 'none' },
  }),
];

/** The route serving `pathname` and its raw (still encoded) path parameters. */
export function matchRoute(
  pathname: string,
): { readonly route: Route; readonly params: string[] } | undefined {
  for (const candidate of ROUTES) {
    const match = candidate.pattern.exec(pathname);
    if (match !== null) return { route: candidate, params: match.slice(1) };
  }
  return undefined;
}
