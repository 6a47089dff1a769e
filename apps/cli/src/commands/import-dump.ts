import { createReadStream } from "node:fs";
import { importDump, openStore } from "@sidelines/store";
import { type Command, type CommandContext, UsageError } from "../command.js";

const USAGE = "sidelines import-dump <file>";

async function run({ args, env, stdout }: CommandContext): Promise<number> {
	const [file, ...extra] = args;
	if (file === undefined || extra.length > 0) throw new UsageError(`usage: ${USAGE}`);
	const input = createReadStream(file);
	const store = await openStore({ databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath });
	try {
		const counts = await importDump(store, input);
		const summary = Object.entries(counts)
			.map(([table, count]) => `${count} ${table}`)
			.join(", ");
		stdout.write(`imported ${summary}\n`);
		return 0;
	} finally {
		input.destroy();
		await store.close();
	}
}

/** `sidelines import-dump`: loads a dump made by `sidelines export` into an empty database of either engine. */
export const importDumpCommand: Command = {
	name: "import-dump",
	summary: "Load a dump made by `sidelines export` into an empty database",
	usage: USAGE,
	run,
};
