import type { Command } from 'commander';
import { UsageError } from '../errors/usage-error';
import { errorCode } from '../internal/error-fields';
import { example, type Session } from '../internal/session';
import { waitForStopSignal } from '../internal/wait-for-stop-signal';

/** `acct emulator [--port 4010] [--host 127.0.0.1]`. */
export function registerEmulatorCommand(program: Command, session: Session): void {
  program
    .command('emulator')
    .description('run the local Account API emulator in the foreground (Ctrl+C stops it)')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '4010')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .addHelpText('after', example('acct emulator --port 4010'))
    .action(async (options: { port: string; host: string }, command: Command) => {
      const ctx = session.contextFor(command);
      const port = parsePort(options.port);
      // loaded on use: the other commands do not pay for the emulator
      const { DEMO_ACCOUNT, startEmulator } = await import('@acct/emulator');
      const emulator = await startEmulator({ port, host: options.host }).catch((err: unknown) => {
        const code = errorCode(err);
        if (
          code === 'EADDRINUSE' ||
          code === 'EACCES' ||
          code === 'EADDRNOTAVAIL' ||
          code === 'ENOTFOUND'
        ) {
          throw new UsageError(
            `cannot listen on ${options.host}:${port} (${code}): pass another --port or --host`,
            {
              cause: err,
            },
          );
        }
        throw err;
      });
      const { apiKey, apiSecret } = DEMO_ACCOUNT;
      if (ctx.config.json) {
        ctx.out.raw(JSON.stringify({ url: emulator.url, apiKey, apiSecret }));
      } else {
        ctx.out.raw(
          [
            `acct emulator listening on ${emulator.url}`,
            '',
            'Demo account (public demo values, not a real credential):',
            `  api key:    ${apiKey}`,
            `  api secret: ${apiSecret}`,
            '',
            'Use it from another shell:',
            `  export ACCT_REST_HOST=${emulator.url} ACCT_API_HOST=${emulator.url}`,
            `  export ACCT_API_KEY=${apiKey} ACCT_API_SECRET=${apiSecret}`,
            '  acct balance',
            '',
            'Press Ctrl+C to stop.',
          ].join('\n'),
        );
      }
      const signal = await waitForStopSignal();
      await emulator.close();
      ctx.out.info(`emulator stopped (${signal})`);
    });
}

function parsePort(value: string): number {
  const port = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, got '${value}'`);
  }
  return port;
}
