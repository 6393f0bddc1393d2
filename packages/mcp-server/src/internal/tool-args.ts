import { ValidationError, type InvalidParameter } from '@acct/server-sdk';
import { z } from 'zod';
import { isPrintableName } from './printable-name';

/** One argument of a tool: how it is described to the agent and how it is checked. */
export interface ToolArg {
  /** The precise schema, shown to the agent as JSON Schema in `tools/list`. */
  readonly schema: z.ZodType;
  /** Why a value is refused (never repeating it), or `undefined`. */
  readonly problem: (value: unknown) => string | undefined;
  /**
   * Whether the agent may leave it out.
   *
   * @default false
   */
  readonly optional?: boolean;
}

/** The arguments of a tool, by name. */
export type ToolArgs = Readonly<Record<string, ToolArg>>;

/** An argument name as it may be printed (never one that could be a secret). */
const showName = (name: string): string =>
  isPrintableName(name) ? name : `an argument of ${name.length} characters`;

/**
 * The input schema registered with the MCP SDK: every argument advertised with its precise JSON
 * Schema (types, bounds, required, no extra keys), but accepted as any value, so that every
 * refusal is made by {@link checkToolArgs} in the one typed shape (`ACCT_VALIDATION`, naming the
 * argument) rather than as the SDK's untyped text.
 *
 * @param args - The tool's arguments.
 * @returns The zod object to pass as `inputSchema`.
 */
export function inputSchemaOf(args: ToolArgs): z.ZodType<Record<string, unknown>> {
  const shape = Object.fromEntries(
    Object.entries(args).map(([name, arg]) => {
      const { $schema: _ignored, ...json } = z.toJSONSchema(arg.schema, { io: 'input' });
      return [name, z.unknown().optional().meta(json)];
    }),
  );
  const required = Object.keys(args).filter((name) => args[name]?.optional !== true);
  return z
    .looseObject(shape)
    .meta({ additionalProperties: false, ...(required.length > 0 ? { required } : {}) });
}

/**
 * Checks the arguments an agent sent before anything is requested: unknown names (with a
 * did-you-mean), missing required ones, and each value against its rule.
 *
 * @param tool - The tool's name (for the message).
 * @param raw - The arguments as received.
 * @param args - The tool's arguments.
 * @returns `raw`, every value checked.
 * @throws `ValidationError` (code `ACCT_VALIDATION`) naming every refused argument, never its value.
 */
export function checkToolArgs(
  tool: string,
  raw: Readonly<Record<string, unknown>>,
  args: ToolArgs,
): Readonly<Record<string, unknown>> {
  const problems: InvalidParameter[] = [];
  const known = Object.keys(args);
  for (const name of Object.keys(raw)) {
    if (known.includes(name)) continue;
    const near = known.find((k) => k.replace(/_/g, '') === name.toLowerCase().replace(/[_-]/g, ''));
    problems.push({
      name: showName(name),
      reason:
        `is not an argument of ${tool}` +
        (near !== undefined
          ? `; did you mean "${near}"?`
          : known.length === 0
            ? ' (it takes none)'
            : `; use ${known.map((k) => `"${k}"`).join(', ')}`),
    });
  }
  for (const [name, arg] of Object.entries(args)) {
    const value = raw[name];
    if (value === undefined) {
      if (arg.optional !== true) problems.push({ name, reason: 'is required' });
      continue;
    }
    const reason = arg.problem(value);
    if (reason !== undefined) problems.push({ name, reason });
  }
  if (problems.length > 0) {
    const names = problems.map((p) => p.name).join(', ');
    throw new ValidationError(`[@acct/mcp-server] ${tool}: invalid arguments: ${names}`, problems);
  }
  return raw;
}
