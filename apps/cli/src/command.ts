import type { Readable, Writable } from "node:stream";
import { type ParseArgsOptionsConfig, parseArgs } from "node:util";
import type { Env } from "./env.js";

/** What a command gets: its own arguments (after the command name), configuration and output streams. */
export interface CommandContext {
	args: string[];
	env: Env;
	/** Standard input; `isTTY` and `setRawMode` are there when it is a terminal. */
	stdin: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
	stdout: Writable;
	stderr: Writable;
}

/** A `sidelines <name>` command. `run` resolves to the process exit code. */
export interface Command {
	name: string;
	/** One line for `sidelines help`. */
	summary: string;
	/** Usage line, e.g. `sidelines export [--out <file>]`. */
	usage: string;
	run(context: CommandContext): Promise<number>;
}

/** An error whose message is the one line a user sees; the CLI exits with `exitCode`. */
export class UsageError extends Error {
	override readonly name = "UsageError";
	constructor(
		message: string,
		readonly exitCode = 2,
	) {
		super(message);
	}
}

/**
 * Parses a command's options with node:util's parseArgs, turning its errors into one-line usage errors.
 * @example const { values, positionals } = parseCommandArgs(args, { out: { type: "string" } }, USAGE);
 */
export function parseCommandArgs<const Options extends ParseArgsOptionsConfig>(
	args: string[],
	options: Options,
	usage: string,
) {
	try {
		return parseArgs({ args, allowPositionals: true, strict: true, options });
	} catch (error) {
		throw new UsageError(`${error instanceof Error ? error.message : String(error)} (usage: ${usage})`);
	}
}
