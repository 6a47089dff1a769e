import type { Readable } from "node:stream";
import {
	type CompiledQuery,
	DummyDriver,
	Kysely,
	SqliteAdapter,
	SqliteIntrospector,
	SqliteQueryCompiler,
} from "kysely";
import { createStore } from "../create-store.js";
import { migrations } from "../migrations/index.js";
import type { Schema } from "../schema.js";
import type { PlannedStatement } from "../writes/plan.js";
import { type DumpCounts, importDump } from "./import-dump.js";

/** A SQLite literal. Line breaks become char(10)/char(13), so a statement always fits on one line. */
function literal(value: unknown): string {
	if (value === null || value === undefined) return "null";
	if (typeof value === "boolean") return value ? "1" : "0";
	if (typeof value === "bigint") return value.toString();
	if (typeof value === "number") {
		if (!Number.isFinite(value)) throw new RangeError(`${value} has no SQL literal`);
		return String(value);
	}
	if (typeof value !== "string") throw new TypeError(`a ${typeof value} parameter has no SQL literal`);
	return value
		.split(/([\r\n])/)
		.map((part) =>
			part === "\n" ? "char(10)" : part === "\r" ? "char(13)" : `'${part.replaceAll("'", "''")}'`,
		)
		.join(" || ");
}

/** The statement with its `?` placeholders (those outside quotes) replaced by the parameters as literals. */
function inline(query: CompiledQuery): string {
	let text = "";
	let next = 0;
	let quote: string | undefined;
	for (const char of query.sql) {
		if (quote !== undefined) {
			if (char === quote) quote = undefined;
			text += char;
		} else if (char === "'" || char === '"') {
			quote = char;
			text += char;
		} else if (char === "?") {
			text += literal(query.parameters[next++]);
		} else {
			text += char;
		}
	}
	if (next !== query.parameters.length)
		throw new Error(`statement has ${next} placeholders for ${query.parameters.length} parameters`);
	return text;
}

const oneLine = (statement: string) => statement.replace(/\s+/g, " ").trim();

/**
 * Turns a dump made by `exportDump` into a SQL script that builds a new Cloudflare D1 (or SQLite) database:
 * the store's SQLite migrations, then the dump's records as the very INSERTs `importDump` runs (validated
 * the same way). One statement per line, so `wrangler d1 execute --file` and D1's `exec()` both take it.
 * @throws {DumpError} when the input is not a sidelines dump this store reads.
 * @example const { statements } = await d1ScriptFromDump(createReadStream("sidelines.json"));
 */
export async function d1ScriptFromDump(
	input: Readable,
): Promise<{ statements: string[]; counts: DumpCounts }> {
	// Compiles SQLite without a database: reads find nothing (the target is empty), writes are collected.
	const db = new Kysely<Schema>({
		dialect: {
			createAdapter: () => new SqliteAdapter(),
			createDriver: () => new DummyDriver(),
			createIntrospector: (kysely) => new SqliteIntrospector(kysely),
			createQueryCompiler: () => new SqliteQueryCompiler(),
		},
	});
	const planned: PlannedStatement[] = [];
	const store = createStore({
		db,
		dialect: "sqlite",
		commit: async (statements) => {
			planned.push(...statements);
		},
	});
	const counts = await importDump(store, input);
	const schema = migrations.flatMap((migration) => migration.sqlite).map(oneLine);
	return { statements: [...schema, ...planned.map((statement) => inline(statement.query))], counts };
}
