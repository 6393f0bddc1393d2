import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { ToolContext } from './tool-context';
import { describeError, toToolError } from './tool-error';

/** What a tool handler produces on success. */
export interface ToolOutcome<T extends Record<string, unknown>> {
  /** Short human summary (the text content). */
  summary: string;
  /** Machine-readable result, matching the tool's output schema. */
  structured: T;
}

/**
 * Runs one tool body: logs the call, turns the outcome into a result with text and
 * structured content, and any failure into a tool error. Never throws.
 *
 * @param ctx - The server's context.
 * @param tool - The tool's name (for logs and error summaries).
 * @param body - The work.
 * @returns The MCP tool result.
 */
export async function runTool<T extends Record<string, unknown>>(
  ctx: ToolContext,
  tool: string,
  body: () => Promise<ToolOutcome<T>>,
): Promise<CallToolResult> {
  try {
    const { summary, structured } = await body();
    ctx.log(`${tool}: ok`);
    return {
      content: [{ type: 'text', text: ctx.scrub(summary) }],
      structuredContent: JSON.parse(ctx.scrub(JSON.stringify(structured))) as T,
    };
  } catch (err) {
    const info = describeError(err);
    ctx.log(`${tool}: failed ${info.code}${info.status === undefined ? '' : ` ${info.status}`}`);
    return toToolError(tool, err, ctx.scrub);
  }
}
