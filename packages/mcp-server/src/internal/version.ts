declare const __ACCT_VERSION__: string;

/** Version of this package, replaced at build time (a Jest global in tests). */
export const VERSION: string = __ACCT_VERSION__;
