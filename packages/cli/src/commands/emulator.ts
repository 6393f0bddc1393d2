import type { Command } from 'commander';
import { describeValue } from '@acct/server-sdk';
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
      const host = checkListenHost(options.host);
      // loaded on use: the other commands do not pay for the emulator
      const { DEMO_ACCOUNT, startEmulator } = await import('@acct/emulator');
      const emulator = await startEmulator({ port, host }).catch((err: unknown) => {
        const code = errorCode(err);
        if (
          code === 'EADDRINUSE' ||
          code === 'EACCES' ||
          code === 'EADDRNOTAVAIL' ||
          code === 'ENOTFOUND'
        ) {
          throw new UsageError(
            `cannot listen on ${host}:${port} (${code}): pass another --port or --host`,
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
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(
      `--port must be a whole number from 0 to 65535 (got ${describeValue(value)})`,
    );
  }
  return port;
}

/** A listen address: an IPv4/IPv6 address or a host name, at most 253 characters. */
function checkListenHost(value: string): string {
  if (!/^[A-Za-z0-9.:-]{1,253}$/.test(value) && !/^\[[0-9A-Fa-f:.]{2,45}\]$/.test(value)) {
    throw new UsageError(
      `--host must be an IP address or host name such as 127.0.0.1 (got ${describeValue(value)})`,
    );
  }
  return value;
}
