declare const __ACCT_VERSION__: string;

/** The version of @acct/cli, replaced from package.json at build time. */
export const VERSION: string = __ACCT_VERSION__;
