/**
 * One HAL link, as found under `_links` in API responses.
 *
 * @example
 * ```ts
 * import { Client, type APILink } from '@acct/server-client';
 *
 * const client = new Client({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * const res = await client.sendGetRequest<{ _links: { self: APILink } }>('https://api.nexmo.com/accounts/abcd1234/secrets');
 * console.log(res.data._links.self.href); // '/accounts/abcd1234/secrets'
 * ```
 */
export interface APILink {
  /** The URI of the linked resource, usually a path relative to the host that answered. */
  href: string;
}

/**
 * The HAL `_links` member of a response: `self` always, other relations when the API sends them.
 *
 * @example
 * ```ts
 * import { Client, type APILinks } from '@acct/server-client';
 *
 * const client = new Client({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * const res = await client.sendGetRequest<APILinks>('https://api.nexmo.com/accounts/abcd1234/secrets');
 * for (const [relation, link] of Object.entries(res.data._links)) console.log(relation, link.href);
 * ```
 */
export interface APILinks {
  /** The links of this resource, keyed by relation name. */
  _links: {
    /** This resource. */
    self: APILink;
    /** Any other relation the API includes. */
    [relation: string]: APILink;
  };
}
