/** Where the value of one SDK parameter comes from on the command line. */
export interface FlagRef {
  /** The flags that set it, most specific first. */
  flags: readonly string[];
  /** The environment variable that sets it, if any. */
  env?: string;
  /** Words to name it by, when a flag alone would not say what it is. */
  label?: string;
}

/**
 * The one table from the SDK's parameter names (and their wire spellings) to the CLI's flags:
 * every error about a parameter names the flag to change instead.
 */
export const PARAMETER_FLAGS: Readonly<Record<string, FlagRef>> = Object.freeze({
  apiKey: { flags: ['--api-key-of', '--api-key'], env: 'ACCT_API_KEY' },
  api_key: { flags: ['--api-key-of', '--api-key'], env: 'ACCT_API_KEY' },
  apiSecret: { flags: ['--api-secret'], env: 'ACCT_API_SECRET' },
  api_secret: { flags: ['--api-secret'], env: 'ACCT_API_SECRET' },
  restHost: { flags: ['--rest-host'], env: 'ACCT_REST_HOST' },
  apiHost: { flags: ['--api-host'], env: 'ACCT_API_HOST' },
  timeout: { flags: ['--timeout'] },
  trx: { flags: ['--trx'] },
  moCallBackUrl: { flags: ['--mo-url'] },
  'mo-callback-url': { flags: ['--mo-url'] },
  drCallBackUrl: { flags: ['--dr-url'] },
  'dr-callback-url': { flags: ['--dr-url'] },
  callbacks: { flags: ['--mo-url', '--dr-url'] },
  secret: { flags: ['--secret', '--secret-stdin'], label: 'the new secret' },
  newSecret: { flags: ['--secret', '--secret-stdin'], label: 'the new secret' },
  id: { flags: [], label: '<id>' },
  secretId: { flags: [], label: '<id>' },
});

/** The SDK's methods, as the `acct` command that does the same. */
export const METHOD_COMMANDS: Readonly<Record<string, string>> = Object.freeze({
  getBalance: 'acct balance',
  topUpBalance: 'acct top-up',
  updateAccountCallbacks: 'acct settings',
  getAccountSettings: 'acct settings',
  listSecrets: 'acct secrets list',
  getSecret: 'acct secrets get <id>',
  createSecret: 'acct secrets create',
  deleteSecret: 'acct secrets revoke <id>',
  rotateSecret: 'acct secrets rotate',
});

/**
 * How to name an SDK parameter to the user: the flag they gave for it, else its environment
 * variable (with the flag), else its flag. `undefined` for a name the table does not know.
 */
export function flagFor(parameter: string, given: ReadonlyMap<string, number>): string | undefined {
  const ref = PARAMETER_FLAGS[parameter];
  if (ref === undefined) return undefined;
  const used = ref.flags.find((flag) => given.has(flag));
  const last = ref.flags[ref.flags.length - 1];
  let name: string | undefined;
  if (used !== undefined) name = used;
  else if (ref.env !== undefined) name = `${ref.env} (or ${last ?? ''})`;
  else name = ref.flags.length > 0 ? ref.flags.join('/') : undefined;
  if (ref.label === undefined) return name;
  return name === undefined ? ref.label : `${ref.label} (${name})`;
}

/**
 * Rewrites an SDK message in the CLI's words: no `[@acct/pkg]` prefix, no clause telling how to
 * call a constructor, SDK methods as the `acct` command (`deleteSecret()` →
 * `acct secrets revoke <id>`), parameters as their flags.
 */
export function inCliWords(text: string, given: ReadonlyMap<string, number>): string {
  let result = text
    .replace(/\[@acct\/[a-z-]+\] /g, '')
    .split(/(?=: |; )/)
    .filter((clause) => !/\bnew (Auth|Acct|Client|Accounts|Secrets)\(/.test(clause))
    .join('');
  for (const [method, command] of Object.entries(METHOD_COMMANDS)) {
    result = result.replace(new RegExp(`\\b${method}\\(\\)`, 'g'), `\`${command}\``);
  }
  for (const name of Object.keys(PARAMETER_FLAGS)) {
    if (!/^[a-z]+[A-Z]\w*$/.test(name)) continue; // only camelCase SDK names; plain words stay
    const flag = flagFor(name, given);
    if (flag !== undefined) result = result.replace(new RegExp(`\\b${name}\\b`, 'g'), flag);
  }
  return result;
}
