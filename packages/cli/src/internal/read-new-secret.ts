import { UsageError } from '../errors/usage-error';
import type { CommandContext } from './context';
import { askLine, readFirstLine } from './prompt';

/** The flags through which a new secret may arrive. */
export interface SecretInputOptions {
  secret?: string;
  secretStdin?: boolean;
}

/**
 * Reads a new API secret: `--secret` (run() warns about it), `--secret-stdin`, or a hidden prompt
 * (typed twice) on a terminal. The value is protected from every later output line.
 */
export async function readNewSecret(
  ctx: CommandContext,
  options: SecretInputOptions,
): Promise<string> {
  const secret = await read(ctx, options);
  if (secret === '') throw new UsageError('the new secret is empty');
  ctx.out.protect(secret);
  return secret;
}

async function read(ctx: CommandContext, options: SecretInputOptions): Promise<string> {
  if (options.secret !== undefined && options.secretStdin === true) {
    throw new UsageError('pass either --secret or --secret-stdin, not both');
  }
  // run() has already warned that --secret on argv is visible to other users
  if (options.secret !== undefined) return options.secret;
  if (options.secretStdin === true) return (await readFirstLine(ctx.io.stdin)).trim();
  if (!ctx.interactive) {
    throw new UsageError(
      'no new secret: pipe it with --secret-stdin, or run on a terminal to be prompted',
    );
  }
  const first = await askLine(ctx.io, 'New secret: ', true);
  const second = await askLine(ctx.io, 'Repeat the new secret: ', true);
  if (first !== second) throw new UsageError('the two secrets typed differ: nothing was changed');
  return first;
}
