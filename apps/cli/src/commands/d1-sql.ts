import { createReadStream, createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { d1ScriptFromDump } from "@sidelines/store";
import { type Command, type CommandContext, parseCommandArgs, UsageError } from "../command.js";

const USAGE = "sidelines d1-sql <dump> [--out <file>]";

async function run({ args, stdout, stderr }: CommandContext): Promise<number> {
	const { values, positionals } = parseCommandArgs(args, { out: { type: "string", short: "o" } }, USAGE);
	const [file, ...extra] = positionals;
	if (file === undefined || extra.length > 0) throw new UsageError(`usage: ${USAGE}`);
	const input = createReadStream(file);
	try {
		const { statements, counts } = await d1ScriptFromDump(input);
		const script = `${statements.map((statement) => `${statement};`).join("\n")}\n`;
		if (values.out === undefined) {
			stdout.write(script);
			return 0;
		}
		const out = createWriteStream(values.out, { flags: "wx" });
		out.end(script);
		await finished(out);
		const summary = Object.entries(counts)
			.map(([table, count]) => `${count} ${table}`)
			.join(", ");
		stderr.write(`wrote ${values.out}: schema and ${summary}\n`);
		return 0;
	} finally {
		input.destroy();
	}
}

/** `sidelines d1-sql`: turns a dump into a SQL script that builds a Cloudflare D1 database (wrangler d1 execute). */
export const d1SqlCommand: Command = {
	name: "d1-sql",
	summary: "Turn a dump into SQL that creates and fills a new Cloudflare D1 database",
	usage: USAGE,
	run,
};
