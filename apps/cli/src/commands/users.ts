import { isEmailAddress, openStore, PASSWORD_LENGTH, type User, type UserRole } from "@sidelines/store";
import { type Command, type CommandContext, parseCommandArgs, UsageError } from "../command.js";
import { readNewPassword } from "../password-input.js";

const ROLES: readonly UserRole[] = ["editor", "admin"];
const USAGE =
	'sidelines users create --email <email> --name "<name>" --role editor|admin [--password-stdin] | users list [--json]';

function describe(user: User): string {
	return `${user.id}  ${user.email}  ${user.name}  ${user.role}  created ${user.createdAt}${user.disabledAt ? `  disabled ${user.disabledAt}` : ""}`;
}

async function run(context: CommandContext): Promise<number> {
	const { args, env, stdout } = context;
	const [action, ...rest] = args;
	const { values } = parseCommandArgs(
		rest,
		{
			email: { type: "string" },
			name: { type: "string" },
			role: { type: "string" },
			"password-stdin": { type: "boolean" },
			json: { type: "boolean" },
		},
		USAGE,
	);
	if (action !== "create" && action !== "list") throw new UsageError(`usage: ${USAGE}`);
	let input: { email: string; name: string; role: UserRole; password: string } | undefined;
	if (action === "create") {
		const email = values.email?.trim() ?? "";
		if (!isEmailAddress(email)) throw new UsageError("users create needs --email <an email address>");
		const name = values.name?.trim() ?? "";
		if (name === "" || name.length > 200)
			throw new UsageError('users create needs --name "<1 to 200 characters>"');
		const role = values.role as UserRole;
		if (!ROLES.includes(role)) throw new UsageError(`users create needs --role ${ROLES.join("|")}`);
		const password = await readNewPassword(context, values["password-stdin"] === true);
		if (password === undefined)
			throw new UsageError(
				"give the password on stdin with --password-stdin, or run in a terminal to be asked",
			);
		if (password.length < PASSWORD_LENGTH.min || password.length > PASSWORD_LENGTH.max)
			throw new UsageError(
				`the password must be ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters; nothing was created`,
			);
		input = { email, name, role, password };
	}

	const store = await openStore({ databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath });
	try {
		if (input) {
			stdout.write(`${describe(await store.users.create(input))}\n`);
			return 0;
		}
		const users = await store.users.list();
		if (values.json) stdout.write(`${JSON.stringify(users, null, 2)}\n`);
		else
			stdout.write(
				users.length === 0
					? "no users yet (sidelines users create --email <email> --name <name> --role editor)\n"
					: `${users.map(describe).join("\n")}\n`,
			);
		return 0;
	} finally {
		await store.close();
	}
}

/** `sidelines users`: create desk accounts (the password from stdin or a hidden prompt) and list them. */
export const usersCommand: Command = {
	name: "users",
	summary: "Create and list desk users (passwords hashed with scrypt, never shown)",
	usage: USAGE,
	run,
};
