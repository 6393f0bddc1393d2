import { isAcctError } from '@acct/server-sdk';
import { runAcctMcp } from './run-acct-mcp';

const main = async (): Promise<void> => {
  const running = await runAcctMcp(process.argv.slice(2), process.env);
  if (running.mode === 'help' || running.mode === 'version') return;
  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (running.mode === 'stdio') process.stdin.on('end', stop);
};

main().catch((err: unknown) => {
  // a typed configuration error says what to fix; anything else shows its name only (no stack)
  const message = isAcctError(err)
    ? err.message
    : `[acct-mcp] failed to start: ${err instanceof Error ? `${err.name}: ${err.message}` : 'unknown error'}`;
  process.stderr.write(`${message}\n`);
  process.exit(2);
});
