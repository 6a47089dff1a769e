import type { Readable } from "node:stream";
import type { BulkRecords } from "../bulk-insert.js";
import type { SqlStore } from "../create-store.js";
import { DumpError } from "../errors.js";
import type { Schema } from "../schema.js";
import { DUMP_FORMAT, DUMP_TABLES, DUMP_VERSION, type DumpTable } from "./format.js";

const RECORD_TABLES: (keyof Schema)[] = [
	"sections",
	"occasions",
	"diplomats",
	"articles",
	"meetings",
	"article_views",
	"api_keys",
	"idempotency_responses",
];

async function readAll(input: Readable): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of input)
		chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
	return Buffer.concat(chunks).toString("utf8");
}

/** How many records of each kind a dump held. */
export type DumpCounts = Record<DumpTable, number>;

/**
 * Loads a dump made by `exportDump` (from either engine) into an EMPTY database, all in one transaction:
 * either every record is loaded or none is. Every record is validated with the domain schemas first.
 * @throws {DumpError} when the input is not a sidelines dump of a known version or the database holds records.
 * @example await importDump(store, createReadStream("sidelines.json"));
 */
export async function importDump(store: SqlStore, input: Readable): Promise<DumpCounts> {
	let dump: {
		format?: unknown;
		version?: unknown;
		articleSerial?: unknown;
		tables?: Record<string, unknown>;
	};
	try {
		dump = JSON.parse(await readAll(input));
	} catch (error) {
		throw new DumpError(`not a JSON dump: ${error instanceof Error ? error.message : String(error)}`);
	}
	if (dump?.format !== DUMP_FORMAT)
		throw new DumpError(`not a sidelines dump (format should be "${DUMP_FORMAT}")`);
	if (dump.version !== DUMP_VERSION)
		throw new DumpError(
			`dump version ${String(dump.version)} is not supported (this store reads version ${DUMP_VERSION})`,
		);
	const tables = dump.tables ?? {};
	for (const table of DUMP_TABLES) {
		if (!Array.isArray(tables[table] ?? [])) throw new DumpError(`dump field tables.${table} is not a list`);
	}
	const list = <T>(table: DumpTable) => (tables[table] ?? []) as T[];
	const records: BulkRecords = {
		sections: sortParentsFirst(list("sections")),
		occasions: list("occasions"),
		diplomats: list("diplomats"),
		articles: list("articles"),
		meetings: list("meetings"),
		articleViews: list("articleViews"),
		apiKeys: list("apiKeys"),
		idempotency: list("idempotency"),
		articleSerial: typeof dump.articleSerial === "number" ? dump.articleSerial : 0,
	};
	await store.transaction(async (trx) => {
		for (const table of RECORD_TABLES) {
			const any = await trx.kysely.selectFrom(table).selectAll().limit(1).executeTakeFirst();
			if (any)
				throw new DumpError(
					`the database is not empty (table ${table} has records): import a dump only into a new database`,
				);
		}
		await trx.bulkInsert(records);
	});
	return Object.fromEntries(DUMP_TABLES.map((table) => [table, list(table).length])) as DumpCounts;
}

function sortParentsFirst<T extends { slug: string; parent?: string }>(sections: T[]): T[] {
	const placed = new Set<string>();
	const ordered: T[] = [];
	let pending = sections;
	while (pending.length > 0) {
		const ready = pending.filter(
			(section) =>
				section.parent === undefined ||
				placed.has(section.parent) ||
				!pending.some((s) => s.slug === section.parent),
		);
		if (ready.length === 0) return [...ordered, ...pending];
		for (const section of ready) {
			placed.add(section.slug);
			ordered.push(section);
		}
		pending = pending.filter((section) => !ready.includes(section));
	}
	return ordered;
}
