import { Acct, isHttpError } from '@acct/server-sdk';
import { formatBalance } from '../format-balance';
import type { CommandContext } from './context';
import { TourPrinter } from './tour-printer';
import { VERSION } from './version';

/** A new secret that meets the rules (8-25 characters, lower, upper, digit): a demo value. */
const ROTATED_SECRET = 'Rotated2Secret';
const MO_URL = 'https://example.com/webhooks/inbound-sms';
const DR_URL = 'https://example.com/webhooks/delivery-receipt';

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

async function walk(ctx: CommandContext, url: string): Promise<void> {
  const p = new TourPrinter(ctx.out);
  const { apiKey, apiSecret } = (await import('@acct/emulator')).DEMO_ACCOUNT;
  const options = {
    restHost: url,
    apiHost: url,
    appendUserAgent: `acct-cli/${VERSION}`,
    ...(ctx.config.timeout === undefined ? {} : { timeout: ctx.config.timeout }),
  };
  p.line(`acct tour: the whole SDK against a local emulator at ${url}`);
  p.line(`(no network, no account: demo api key ${apiKey}, demo secret ${apiSecret})`);
  p.line(
    `  const acct = new Acct({ apiKey: '${apiKey}', apiSecret: '${apiSecret}' }, { restHost, apiHost });`,
  );
  const acct = new Acct({ apiKey, apiSecret }, options);

  p.step('Check the balance', 'await acct.accounts.getBalance()');
  const balance = await acct.accounts.getBalance();
  p.say(`${formatBalance(balance.value)}, auto-reload ${balance.autoReload ? 'on' : 'off'}`);

  p.step(
    'Point the webhooks at your handlers',
    'await acct.accounts.updateAccountCallbacks({ moCallBackUrl, drCallBackUrl })',
  );
  await acct.accounts.updateAccountCallbacks({ moCallBackUrl: MO_URL, drCallBackUrl: DR_URL });
  const settings = await acct.accounts.getAccountSettings();
  p.say('read back with await acct.accounts.getAccountSettings():');
  p.say(`inbound SMS:       ${settings['mo-callback-url'] ?? ''}`);
  p.say(`delivery receipts: ${settings['dr-callback-url'] ?? ''}`);

  p.step('List the API secrets', `await acct.secrets.listSecrets('${apiKey}')`);
  const before = (await acct.secrets.listSecrets(apiKey))._embedded?.secrets ?? [];
  p.say(`${before.length} secret${before.length === 1 ? '' : 's'} (ids only, never the values):`);
  for (const s of before) p.say(`  ${s.id}  created ${s.created_at}`);

  p.step(
    'Rotate the secret',
    `await acct.secrets.rotateSecret('${apiKey}', newSecret, { revoke: 'previous' })`,
  );
  const rotation = await acct.secrets.rotateSecret(apiKey, ROTATED_SECRET, { revoke: 'previous' });
  p.say(`created ${rotation.created.id}; new secret (a demo value): ${ROTATED_SECRET}`);
  p.say(`revoked the previous secret: ${rotation.revoked.map(idOf).join(', ')}`);
  const rotated = new Acct({ apiKey, apiSecret: ROTATED_SECRET }, options);
  const proof = await rotated.accounts.getBalance();
  p.say(`the new secret works: a balance call with it answers ${formatBalance(proof.value)}`);
  const refused = await acct.accounts.getBalance().then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isHttpError(refused) || refused.status !== 401) {
    throw new Error('the previous secret still authenticates after the rotation');
  }
  p.say(`the previous secret is refused: ${refused.name} (${refused.status})`);

  p.step(
    'Top up the balance (auto-reload is on)',
    "await acct.accounts.topUpBalance('tour-trx-1')",
  );
  await rotated.accounts.topUpBalance('tour-trx-1');
  p.say('top-up accepted');

  p.step('Check the final balance', 'await acct.accounts.getBalance()');
  const final = await rotated.accounts.getBalance();
  p.say(`${formatBalance(final.value)} (was ${formatBalance(balance.value)})`);

  p.step('Catch a typed error', "await acct.secrets.getSecret(apiKey, 'no-such-secret')");
  const error = await rotated.secrets.getSecret(apiKey, 'no-such-secret').then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isHttpError(error)) throw new Error('the deliberate error did not happen');
  p.say(`rejects with ${error.name}: status ${error.status}`);
  p.say(`title:  ${error.title ?? ''}`);
  p.say(`detail: ${error.detail ?? ''}`);
  p.say(
    `catch it with: if (err instanceof ${error.name}) { ... }  // or isHttpError(err) && err.status === ${error.status}`,
  );

  p.line('');
  p.line(
    'Tour complete. Next: `acct emulator` runs this emulator for your own tests; `acct --help` lists every command.',
  );
}

function idOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'id' in value) return String(value.id);
  return String(value);
}
