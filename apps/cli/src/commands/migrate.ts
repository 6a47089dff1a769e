import { openStore } from "@sidelines/store";
import { type Command, parseCommandArgs, UsageError } from "../command.js";

const USAGE = "sidelines migrate";

/** `sidelines migrate`: applies pending migrations (the store also does so on every start) and lists them. */
export const migrateCommand: Command = {
	name: "migrate",
	summary: "Apply pending database migrations and list the applied ones",
	usage: USAGE,
	async run({ args, env, stdout }) {
		const { positionals } = parseCommandArgs(args, {}, USAGE);
		if (positionals.length > 0)
			throw new UsageError(`unexpected argument ${positionals[0]} (usage: ${USAGE})`);
		const store = await openStore({ databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath });
		try {
			const applied = await store.appliedMigrations();
			stdout.write(
				`${store.dialect}: ${applied.length} migrations applied\n${applied.map((name) => `  ${name}\n`).join("")}`,
			);
			return 0;
		} finally {
			await store.close();
		}
	},
};
