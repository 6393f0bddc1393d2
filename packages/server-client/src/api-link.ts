/**
 * One HAL link, as found under `_links` in API responses.
 *
 * @example
 * ```ts
 * const link: APILink = { href: '/accounts/abcd1234/secrets' };
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
 * const links: APILinks = { _links: { self: { href: '/accounts/abcd1234/secrets' } } };
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
