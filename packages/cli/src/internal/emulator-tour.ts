import { Acct, isHttpError } from '@acct/server-sdk';
import { formatBalance } from '../format-balance';
import type { CommandContext } from './context';
import { TourPrinter } from './tour-printer';

/** A new secret that meets the rules (8-25 characters, lower, upper, digit): a demo value. */
const ROTATED_SECRET = 'Rotated2Secret';
const MO_URL = 'https://example.com/webhooks/inbound-sms';
const DR_URL = 'https://example.com/webhooks/delivery-receipt';
const TRX = 'tour-trx-1';

/** The commands the closing hint suggests: each runs from the root of a fresh clone. */
export const TOUR_NEXT = Object.freeze({
  emulator: 'npx -p @acct/cli acct emulator',
  help: 'npx -p @acct/cli acct --help',
});

/** The whole SDK, step by step, against an emulator started in-process on a free port. */
export async function emulatorTour(ctx: CommandContext): Promise<void> {
  const { startEmulator } = await import('@acct/emulator');
  const emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
  try {
    await walk(ctx, emulator.url);
  } finally {
    await emulator.close();
  }
}

/**
 * Each step prints the code it runs (the indented lines, read top to bottom, are a complete
 * ES module) and then runs exactly that code.
 */
async function walk(ctx: CommandContext, url: string): Promise<void> {
  const p = new TourPrinter(ctx.out, true);
  const { apiKey, apiSecret } = (await import('@acct/emulator')).DEMO_ACCOUNT;
  const timeout = ctx.config.timeout;
  const options = { restHost: url, apiHost: url, ...(timeout === undefined ? {} : { timeout }) };
  const optionsCode = `{ restHost, apiHost: restHost${timeout === undefined ? '' : `, timeout: ${timeout}`} }`;
  p.line(`acct tour: the whole SDK against a local emulator at ${url}`);
  p.line('(no network, no account: the demo account of the emulator, public demo values)');
  p.line('The indented lines are the code that runs, in order; its results are the comments.');
  p.line('');
  p.code("import { Acct, isHttpError } from '@acct/server-sdk';");
  p.code(`const restHost = '${url}';`);
  p.code(
    `const acct = new Acct({ apiKey: '${apiKey}', apiSecret: '${apiSecret}' }, ${optionsCode});`,
  );
  const acct = new Acct({ apiKey, apiSecret }, options);

  p.step('Check the balance');
  p.code('const balance = await acct.accounts.getBalance();');
  const balance = await acct.accounts.getBalance();
  p.say(`${formatBalance(balance.value)}, auto-reload ${balance.autoReload ? 'on' : 'off'}`);

  p.step('Point the webhooks at your handlers');
  p.code(
    `await acct.accounts.updateAccountCallbacks({ moCallBackUrl: '${MO_URL}', drCallBackUrl: '${DR_URL}' });`,
  );
  await acct.accounts.updateAccountCallbacks({ moCallBackUrl: MO_URL, drCallBackUrl: DR_URL });
  p.code('const settings = await acct.accounts.getAccountSettings();');
  const settings = await acct.accounts.getAccountSettings();
  p.say(`inbound SMS:       ${settings['mo-callback-url'] ?? ''}`);
  p.say(`delivery receipts: ${settings['dr-callback-url'] ?? ''}`);

  p.step('List the API secrets');
  p.code(`const { _embedded } = await acct.secrets.listSecrets('${apiKey}');`);
  const before = (await acct.secrets.listSecrets(apiKey))._embedded?.secrets ?? [];
  p.say(`${before.length} secret${before.length === 1 ? '' : 's'} (ids only, never the values):`);
  for (const s of before) p.say(`  ${s.id}  created ${s.created_at}`);

  p.step('Rotate the secret');
  p.code(`const newSecret = '${ROTATED_SECRET}';`);
  p.code(
    `const rotation = await acct.secrets.rotateSecret('${apiKey}', newSecret, { revoke: 'previous' });`,
  );
  const rotation = await acct.secrets.rotateSecret(apiKey, ROTATED_SECRET, { revoke: 'previous' });
  p.say(`created ${rotation.created.id}; revoked ${rotation.revoked.map(idOf).join(', ')}`);
  p.say('from now on, only a client with the new secret authenticates:');
  p.code(
    `const rotated = new Acct({ apiKey: '${apiKey}', apiSecret: newSecret }, ${optionsCode});`,
  );
  const rotated = new Acct({ apiKey, apiSecret: ROTATED_SECRET }, options);
  p.code('const proof = await rotated.accounts.getBalance();');
  const proof = await rotated.accounts.getBalance();
  p.say(`the new secret works: ${formatBalance(proof.value)}`);
  p.code('const refused = await acct.accounts.getBalance().catch((err) => err);');
  const refused: unknown = await acct.accounts.getBalance().catch((err: unknown) => err);
  if (!isHttpError(refused) || refused.status !== 401) {
    throw new Error('the previous secret still authenticates after the rotation');
  }
  p.say(`the previous secret is refused: ${refused.name} (${refused.status})`);

  p.step('Top up the balance (auto-reload is on)');
  p.code(`await rotated.accounts.topUpBalance('${TRX}');`);
  await rotated.accounts.topUpBalance(TRX);
  p.say('top-up accepted');

  p.step('Check the final balance');
  p.code('const after = await rotated.accounts.getBalance();');
  const after = await rotated.accounts.getBalance();
  p.say(`${formatBalance(after.value)} (was ${formatBalance(balance.value)})`);

  p.step('Catch a typed error');
  p.code(
    `const error = await rotated.secrets.getSecret('${apiKey}', 'no-such-secret').catch((err) => err);`,
  );
  const error: unknown = await rotated.secrets
    .getSecret(apiKey, 'no-such-secret')
    .catch((err: unknown) => err);
  p.code('if (!isHttpError(error) || error.status !== 404) throw error;');
  if (!isHttpError(error) || error.status !== 404) throw error;
  p.say(`rejects with ${error.name}: status ${error.status}`);
  p.say(`title:  ${error.title ?? ''}`);
  p.say(`detail: ${error.detail ?? ''}`);
  p.say(`or: if (error instanceof ${error.name}) { ... }`);

  p.line('');
  p.line(
    `Tour complete. Next, from this repository: \`${TOUR_NEXT.emulator}\` runs this emulator ` +
      `for your own tests; \`${TOUR_NEXT.help}\` lists every command.`,
  );
}

function idOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'id' in value) return String(value.id);
  return String(value);
}
