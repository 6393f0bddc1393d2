import { AcctMcpConfigError } from '../errors/acct-mcp-config-error';
import { showOption } from './read-argv';

/** Flags people try for credentials, each with the environment variable `acct-mcp` reads instead. */
export const CREDENTIAL_FLAGS: Readonly<Record<string, string>> = {
  'api-key': 'ACCT_API_KEY',
  key: 'ACCT_API_KEY',
  'api-secret': 'ACCT_API_SECRET',
  secret: 'ACCT_API_SECRET',
  password: 'ACCT_API_SECRET',
  token: 'ACCT_MCP_TOKEN',
  'mcp-token': 'ACCT_MCP_TOKEN',
};

/** `--API_Secret=x` → `api-secret`. */
const normalise = (arg: string): string =>
  arg.replace(/^--?/, '').split('=')[0]!.toLowerCase().replace(/_/g, '-');

/** Levenshtein distance between two short names. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The environment variable for a flag that is, or looks like (a typo of), a credential flag. */
function credentialEnv(arg: string): string | undefined {
  const name = normalise(arg);
  const exact = CREDENTIAL_FLAGS[name];
  if (exact !== undefined) return exact;
  if (name.length <= 40) {
    const typo = Object.keys(CREDENTIAL_FLAGS).find(
      // two edits for long names, one for short ones (so --open is not taken for --token)
      (flag) => flag.length >= 5 && distance(name, flag) <= (flag.length >= 7 ? 2 : 1),
    );
    if (typo !== undefined) return CREDENTIAL_FLAGS[typo];
  }
  if (/secret|passw/.test(name)) return 'ACCT_API_SECRET';
  if (/token/.test(name)) return 'ACCT_MCP_TOKEN';
  if (/^api-?key/.test(name)) return 'ACCT_API_KEY';
  return undefined;
}

/**
 * Refuses a command line that carries a credential flag (or one that looks like it, such as a
 * typo of `--api-secret`): whatever follows it is a secret in the process list. The message
 * (written to stderr by the bin) warns that the secret is visible to other users of the
 * machine and names the environment variable to use instead; it never repeats the value.
 *
 * @param argv - The arguments after the script.
 * @param known - The flags `acct-mcp` has (`secret-out` is one, not a credential).
 * @throws {@link AcctMcpConfigError} at the first credential flag.
 */
export function refuseCredentialFlags(argv: readonly string[], known: readonly string[]): void {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('-') || arg === '--' || known.includes(normalise(arg))) continue;
    const env = credentialEnv(arg);
    if (env === undefined) continue;
    throw new AcctMcpConfigError(
      `[@acct/mcp-server] warning: ${showOption(arg.split('=')[0]!, i + 1)} puts a credential ` +
        'on the command line, where other users of this machine can see it (ps, /proc) and ' +
        'shell history keeps it. acct-mcp never reads credentials from flags and did not start: ' +
        `set ${env} in its environment instead (in an MCP client configuration, the "env" ` +
        'block), and change that credential if this machine is shared',
    );
  }
}
