import type { Command } from 'commander';
import { UsageError } from '../errors/usage-error';
import { example, type Session } from '../internal/session';
import { emulatorTour } from '../internal/emulator-tour';
import { liveTour } from '../internal/live-tour';

/** `acct tour [--live]`: the walk-through `npm start` runs. */
export function registerTourCommand(program: Command, session: Session): void {
  program
    .command('tour')
    .description(
      'walk through the whole SDK against an in-process emulator; with --live, the read-only ' +
        'steps against the real service (needs ACCT_API_KEY/ACCT_API_SECRET)',
    )
    .option('--live', 'run the read-only steps against the real service instead')
    .addHelpText(
      'after',
      example('acct tour', 'ACCT_API_KEY=... ACCT_API_SECRET=... acct tour --live'),
    )
    .action(async (options: { live?: boolean }, command: Command) => {
      const ctx = session.contextFor(command);
      if (ctx.config.json) {
        throw new UsageError(
          '`acct tour` is a walk-through for people and has no JSON form: run it without --json',
        );
      }
      if (options.live === true) await liveTour(ctx);
      else await emulatorTour(ctx);
    });
}
