/** A tool declining to run (configuration missing, file exists...): becomes a tool error. */
export class ToolRefusal extends Error {
  /** Stable code, such as `ACCT_MCP_SECRET_OUT_MISSING`. */
  readonly code: string;
  /** Short title shown to the agent. */
  readonly title: string;
  /** What to do about it. */
  readonly hint: string;

  /**
   * @param code - Stable code.
   * @param title - Short title.
   * @param message - What happened.
   * @param hint - What to do.
   */
  constructor(code: string, title: string, message: string, hint: string) {
    super(message);
    this.name = 'ToolRefusal';
    this.code = code;
    this.title = title;
    this.hint = hint;
  }
}
