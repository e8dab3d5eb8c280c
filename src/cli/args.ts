/**
 * The command-line boundary shared by the graph CLIs: node:util parseArgs, then zod; a problem is
 * printed with the usage and becomes the exit code, so each CLI's main reads as "parse, then act".
 */
import type { z } from 'zod';

/** A validated command line, or the exit code to end with (the message is printed already). */
export type CommandLine<T> = { ok: true; args: T } | { ok: false; code: number };

/** How `readCommandLine` reports. */
export interface CommandLineOptions {
  /** Printed after any problem, and alone for --help. */
  usage: string;
  /** Exit code for bad usage. */
  badUsageCode: number;
}

/** What a CLI's parse step returns: zod's verdict, or null when the user asked for --help. */
export type ParseStep<T> = () => z.SafeParseReturnType<unknown, T> | null;

/**
 * Runs `parse` (which may throw node:util's own "Unknown option" errors); prints the first problem
 * as `field: message` with the usage on stderr, or the usage alone on stdout for --help (exit 0).
 */
export function readCommandLine<T>(parse: ParseStep<T>, options: CommandLineOptions): CommandLine<T> {
  let parsed: z.SafeParseReturnType<unknown, T> | null;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${options.usage}`);
    return { ok: false, code: options.badUsageCode };
  }
  if (parsed === null) {
    console.log(options.usage);
    return { ok: false, code: 0 };
  }
  if (parsed.success) return { ok: true, args: parsed.data };
  const issue = parsed.error.issues[0];
  console.error(`${issue?.path.join('.') || 'arguments'}: ${issue?.message ?? 'invalid'}\n${options.usage}`);
  return { ok: false, code: options.badUsageCode };
}
