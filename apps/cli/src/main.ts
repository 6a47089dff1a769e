#!/usr/bin/env node
import { type Command, UsageError } from "./command.js";
import { commands } from "./commands/index.js";
import { readEnv } from "./env.js";

function help(list: Command[]): string {
	const width = Math.max(...list.map((command) => command.name.length), 4);
	return [
		"usage: sidelines <command> [options]",
		"",
		...list.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
		"",
		"Run `sidelines <command> --help` for a command's options.",
	].join("\n");
}

async function main(argv: string[]): Promise<number> {
	const [name, ...args] = argv;
	if (name === undefined || name === "help" || name === "--help" || name === "-h") {
		process.stdout.write(`${help(commands)}\n`);
		return name === undefined ? 2 : 0;
	}
	const command = commands.find((candidate) => candidate.name === name);
	if (!command) {
		process.stderr.write(`sidelines: unknown command "${name}" (try: sidelines help)\n`);
		return 2;
	}
	if (args.includes("--help") || args.includes("-h")) {
		process.stdout.write(`usage: ${command.usage}\n${command.summary}\n`);
		return 0;
	}
	try {
		return await command.run({
			args,
			env: readEnv(),
			stdin: process.stdin,
			stdout: process.stdout,
			stderr: process.stderr,
		});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`sidelines ${name}: ${message.split("\n")[0]}\n`);
		return error instanceof UsageError ? error.exitCode : 1;
	}
}

// A reader that stops early (`sidelines export | head`) is not an error of ours: end quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
	if (error.code !== "EPIPE") throw error;
	process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
