// A throwaway verdaccio on loopback: storage, config and users in a temp folder, no uplink
// (a package that was not published to it does not exist), one user allowed to publish.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runServer } from 'verdaccio';

/**
 * Starts verdaccio in this process on 127.0.0.1 and a free port and creates a user.
 * @param {string} dir an empty temp folder for its storage and users
 * @returns {Promise<{ url: string, host: string, token: string, close: () => Promise<void> }>}
 */
export async function startLocalRegistry(dir) {
  const server = await runServer({
    self_path: join(dir, 'config.yaml'),
    storage: join(dir, 'storage'),
    auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 1, algorithm: 'bcrypt' } },
    uplinks: {},
    packages: { '**': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' } },
    web: { enable: false },
    logs: { type: 'stdout', format: 'pretty', level: 'error' },
    max_body_size: '50mb',
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', resolveListen);
  });
  const host = `127.0.0.1:${server.address().port}`;
  const url = `http://${host}/`;
  const close = () =>
    new Promise((resolveClose) => {
      server.closeAllConnections?.();
      server.close(() => resolveClose());
    });
  try {
    const token = await addUser(url, 'release-test', 'release-test-password');
    return { url, host, token, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function addUser(url, name, password) {
  const res = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password, email: `${name}@example.invalid` }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = await res.json();
  if (res.status !== 201 || typeof body.token !== 'string') {
    throw new Error(`verdaccio adduser answered ${res.status}: ${JSON.stringify(body)}`);
  }
  return body.token;
}

/**
 * Publishes one package tarball the way `npm publish` does (PUT of the packument with the
 * tarball attached), without npm: no lifecycle script and no publishConfig of the package
 * can send it anywhere but this registry.
 * @param {{ url: string, token: string }} registry
 * @param {string} tarballPath
 * @param {Record<string, unknown>} manifest the package.json inside the tarball
 */
export async function publishTarball(registry, tarballPath, manifest) {
  const data = await readFile(tarballPath);
  const { name, version } = manifest;
  const fileName = `${name.replace(/^@[^/]+\//, '')}-${version}.tgz`;
  const {
    scripts: _scripts,
    devDependencies: _devDependencies,
    publishConfig: _publishConfig,
    ...rest
  } = manifest;
  const body = {
    _id: name,
    name,
    'dist-tags': { latest: version },
    versions: {
      [version]: {
        ...rest,
        _id: `${name}@${version}`,
        dist: {
          shasum: createHash('sha1').update(data).digest('hex'),
          integrity: `sha512-${createHash('sha512').update(data).digest('base64')}`,
          tarball: `${registry.url}${name}/-/${fileName}`,
        },
      },
    },
    _attachments: {
      [fileName]: {
        content_type: 'application/octet-stream',
        data: data.toString('base64'),
        length: data.length,
      },
    },
  };
  const res = await fetch(`${registry.url}${name.replace('/', '%2f')}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${registry.token}` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  if (res.status !== 201 && res.status !== 200) {
    throw new Error(`publishing ${name}@${version} answered ${res.status}: ${await res.text()}`);
  }
}
