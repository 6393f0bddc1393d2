import { open, unlink } from 'node:fs/promises';
import { ToolRefusal } from './tool-refusal';

/**
 * Creates the secret file with mode 0600 and writes the secret, refusing to overwrite an
 * existing file (flag `wx`). Done before the rotation, so a secret the API accepts is
 * always on disk.
 *
 * @param path - Absolute path named by the operator.
 * @param secret - The new secret.
 * @throws {@link ToolRefusal} when the file exists or cannot be created.
 */
export async function writeSecretFile(path: string, secret: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'wx', 0o600);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new ToolRefusal(
        'ACCT_MCP_SECRET_OUT_EXISTS',
        'Secret file already exists',
        `The secret file ${path} already exists; acct-mcp never overwrites it.`,
        'Ask the operator to store the secret in that file and move or delete it, then rotate again.',
      );
    }
    throw new ToolRefusal(
      'ACCT_MCP_SECRET_OUT_UNWRITABLE',
      'Secret file cannot be created',
      `The secret file ${path} cannot be created (${code ?? 'unknown error'}).`,
      'Ask the operator to point --secret-out at a writable location.',
    );
  }
  try {
    await handle.writeFile(`${secret}\n`, 'utf8');
    await handle.chmod(0o600);
  } finally {
    await handle.close();
  }
}

/**
 * Removes the secret file after a failed rotation (its secret was never accepted).
 *
 * @param path - The file written by {@link writeSecretFile}.
 */
export async function removeSecretFile(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}
