import type { ToolErrorInfo } from './tool-error';

/**
 * A rotation whose create may have succeeded although it failed (429, 408, 5xx, timeout, lost
 * connection): carries the agent-facing description, with `outcome: 'unknown'`, the kept file
 * and how to check.
 */
export class RotationOutcomeUnknown extends Error {
  /** What the agent sees. */
  readonly info: ToolErrorInfo;

  /**
   * @param info - The description of the underlying failure, with the unknown-outcome hint.
   */
  constructor(info: ToolErrorInfo) {
    super(info.detail ?? info.title);
    this.name = 'RotationOutcomeUnknown';
    this.info = info;
  }
}
