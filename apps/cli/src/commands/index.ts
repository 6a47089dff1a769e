import type { Command } from "../command.js";
import { d1SqlCommand } from "./d1-sql.js";
import { evalCommand } from "./eval.js";
import { exportCommand } from "./export.js";
import { extractCommand } from "./extract.js";
import { importCommand } from "./import.js";
import { importDumpCommand } from "./import-dump.js";
import { keysCommand } from "./keys.js";
import { migrateCommand } from "./migrate.js";
import { usersCommand } from "./users.js";

/** Every `sidelines` command, in the order `sidelines help` lists them. Add new commands here. */
export const commands: Command[] = [
	migrateCommand,
	exportCommand,
	importDumpCommand,
	d1SqlCommand,
	keysCommand,
	usersCommand,
	extractCommand,
	importCommand,
	evalCommand,
];
