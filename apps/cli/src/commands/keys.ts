import { parseArgs } from "node:util";
import { type ApiKey, type ApiKeyScope, openStore } from "@sidelines/store";
import { type Command, type CommandContext, UsageError } from "../command.js";

const SCOPES: readonly ApiKeyScope[] = ["write", "admin"];
const USAGE =
	"sidelines keys create --name <name> [--scope write|admin]... | keys list [--json] | keys revoke <id>";

function describe(key: ApiKey): string {
	const state = key.revokedAt ? `revoked ${key.revokedAt}` : "active";
	return `${key.id}  ${key.name}  [${key.scopes.join(",")}]  created ${key.createdAt}  last used ${key.lastUsedAt ?? "never"}  ${state}`;
}

async function run({ args, env, stdout }: CommandContext): Promise<number> {
	const [action, ...rest] = args;
	const { values, positionals } = (() => {
		try {
			return parseArgs({
				args: rest,
				allowPositionals: true,
				options: {
					name: { type: "string" },
					scope: { type: "string", multiple: true },
					json: { type: "boolean" },
				},
			});
		} catch (error) {
			throw new UsageError(`${error instanceof Error ? error.message : String(error)}\nusage: ${USAGE}`);
		}
	})();
	if (action !== "create" && action !== "list" && action !== "revoke")
		throw new UsageError(`usage: ${USAGE}`);
	if (action === "create") {
		if (!values.name?.trim())
			throw new UsageError("keys create needs --name <name> (who or what uses the key)");
		const scopes = values.scope ?? ["write"];
		const unknown = scopes.filter((scope) => !SCOPES.includes(scope as ApiKeyScope));
		if (unknown.length > 0)
			throw new UsageError(`unknown scope ${unknown.join(", ")}: use ${SCOPES.join(" or ")}`);
	}
	if (action === "revoke" && positionals.length !== 1)
		throw new UsageError("usage: sidelines keys revoke <id>");

	const store = await openStore({ databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath });
	try {
		if (action === "create") {
			const { token, key } = await store.apiKeys.create({
				name: (values.name as string).trim(),
				scopes: (values.scope ?? ["write"]) as ApiKeyScope[],
			});
			stdout.write(`${describe(key)}\n`);
			stdout.write(`token (shown once; only its hash is stored): ${token}\n`);
			return 0;
		}
		if (action === "list") {
			const keys = await store.apiKeys.list();
			if (values.json)
				stdout.write(
					`${JSON.stringify(
						keys.map(({ hash: _hash, ...key }) => key),
						null,
						2,
					)}\n`,
				);
			else
				stdout.write(
					keys.length === 0
						? "no API keys yet (sidelines keys create --name <name>)\n"
						: `${keys.map(describe).join("\n")}\n`,
				);
			return 0;
		}
		const id = positionals[0] as string;
		await store.apiKeys.revoke(id);
		stdout.write(`revoked ${id}\n`);
		return 0;
	} finally {
		await store.close();
	}
}

/** `sidelines keys`: create (prints the token once), list and revoke API keys. */
export const keysCommand: Command = {
	name: "keys",
	summary: "Create, list and revoke API keys (only their hashes are stored)",
	usage: USAGE,
	run,
};
