import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { exportDump, openStore } from "@sidelines/store";
import { type Command, type CommandContext, parseCommandArgs, UsageError } from "../command.js";

const USAGE = "sidelines export [--out <file>]";

async function run({ args, env, stdout, stderr }: CommandContext): Promise<number> {
	const { values, positionals } = parseCommandArgs(args, { out: { type: "string", short: "o" } }, USAGE);
	if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}\nusage: ${USAGE}`);
	const store = await openStore({ databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath });
	try {
		if (values.out === undefined) {
			await exportDump(store, stdout);
			return 0;
		}
		const file = createWriteStream(values.out, { flags: "wx" });
		await exportDump(store, file);
		file.end();
		await finished(file);
		stderr.write(`wrote ${values.out}\n`);
		return 0;
	} finally {
		await store.close();
	}
}

/** `sidelines export`: streams the whole database as a versioned JSON dump to stdout or a new file. */
export const exportCommand: Command = {
	name: "export",
	summary: "Write the whole database as a JSON dump (stdout, or --out <file>)",
	usage: USAGE,
	run,
};
