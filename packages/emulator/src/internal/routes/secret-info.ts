import type { StoredSecret } from '../account-store';

/** The path of an account's secrets collection, key URI-encoded. */
export function secretsPath(apiKey: string): string {
  return `/accounts/${encodeURIComponent(apiKey)}/secrets`;
}

/** A secret as the API shows it (`secretInfo`): `_links.self`, `id`, `created_at`. */
export function secretInfo(apiKey: string, secret: StoredSecret): Record<string, unknown> {
  return {
    _links: { self: { href: `${secretsPath(apiKey)}/${secret.id}` } },
    id: secret.id,
    created_at: secret.createdAt,
  };
}
