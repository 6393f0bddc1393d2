/**
 * How an acct MCP server talks to the Account API and which tools it offers.
 *
 * Credentials come from the operator (the `acct-mcp` bin reads them from the environment);
 * no tool ever takes one as input or returns one.
 *
 * @example
 * ```ts
 * import { createAcctMcpServer, type AcctMcpServerOptions } from '@acct/mcp-server';
 *
 * const options: AcctMcpServerOptions = {
 *   apiKey: process.env.ACCT_API_KEY ?? '',
 *   apiSecret: process.env.ACCT_API_SECRET ?? '',
 *   allowWrite: true,
 *   secretOut: '/secure/acct-new-secret.txt',
 *   log: (line) => console.error(line),
 * };
 * const server = createAcctMcpServer(options);
 * console.error(server.isConnected()); // false until connected to a transport
 * ```
 */
export interface AcctMcpServerOptions {
  /** API key of the account the tools act on. */
  apiKey: string;
  /** API secret of that account. Kept inside the server; never shown to the agent. */
  apiSecret: string;
  /**
   * Host of balance, top-up and settings.
   *
   * @default 'https://rest.nexmo.com' (the SDK's default)
   */
  restHost?: string;
  /**
   * Host of the secrets API.
   *
   * @default 'https://api.nexmo.com' (the SDK's default)
   */
  apiHost?: string;
  /**
   * Offer the write tools `update_account_callbacks`, `rotate_secret` and `revoke_secret`.
   *
   * @default false
   */
  allowWrite?: boolean;
  /**
   * Offer the money tool `top_up`; only takes effect together with {@link allowWrite}.
   *
   * @default false
   */
  allowTopUp?: boolean;
  /**
   * File `rotate_secret` writes the new secret to (created with mode 0600, never overwritten).
   * Without it `rotate_secret` refuses to run.
   *
   * @default undefined
   */
  secretOut?: string;
  /**
   * Default transaction reference (`trx`) of `top_up`, from the operator's configuration.
   *
   * @default undefined (the agent must pass `trx`)
   */
  trx?: string;
  /**
   * Receives one line per event (tool called, tool failed). Lines never hold a credential.
   *
   * @default writes each line to stderr (stdout is the protocol channel)
   */
  log?: (line: string) => void;
  /**
   * Per-request timeout of the Account API calls, in milliseconds.
   *
   * @default the SDK's default (10000)
   */
  timeout?: number;
}
