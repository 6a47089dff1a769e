import type { Writable } from "node:stream";
import type { Kysely } from "kysely";
import { asNumber } from "../context.js";
import type { SqlStore } from "../create-store.js";
import { apiKeyFromRow } from "../repositories/api-keys.js";
import { articleFromRow } from "../repositories/article-rows.js";
import { diplomatFromRow } from "../repositories/diplomat-rows.js";
import { idempotencyFromRow } from "../repositories/idempotency.js";
import { meetingFromRow } from "../repositories/meeting-rows.js";
import { occasionFromRow } from "../repositories/occasions.js";
import { sectionFromRow } from "../repositories/sections.js";
import type { Schema } from "../schema.js";
import { DUMP_FORMAT, DUMP_TABLES, DUMP_VERSION, type DumpTable } from "./format.js";

const BATCH = 500;

function writer(out: Writable) {
	return (chunk: string) =>
		new Promise<void>((resolve, reject) => {
			const onError = (error: Error) => reject(error);
			out.once("error", onError);
			const flushed = out.write(chunk, "utf8");
			const done = () => {
				out.off("error", onError);
				resolve();
			};
			if (flushed) done();
			else out.once("drain", done);
		});
}

type Batch = (after: string[] | undefined) => Promise<{ key: string[]; record: unknown }[]>;

function batches(db: Kysely<Schema>): Record<DumpTable, Batch> {
	return {
		sections: async (after) =>
			(
				await db
					.selectFrom("sections")
					.selectAll()
					.$if(after !== undefined, (q) => q.where("slug", ">", after?.[0] as string))
					.orderBy("slug")
					.limit(BATCH)
					.execute()
			).map((row) => ({ key: [row.slug], record: sectionFromRow(row) })),
		occasions: async (after) =>
			(
				await db
					.selectFrom("occasions")
					.select(["id", "version", "doc"])
					.$if(after !== undefined, (q) => q.where("id", ">", after?.[0] as string))
					.orderBy("id")
					.limit(BATCH)
					.execute()
			).map((row) => ({ key: [row.id], record: occasionFromRow(row) })),
		diplomats: async (after) =>
			(
				await db
					.selectFrom("diplomats")
					.select(["id", "version", "doc"])
					.$if(after !== undefined, (q) => q.where("id", ">", after?.[0] as string))
					.orderBy("id")
					.limit(BATCH)
					.execute()
			).map((row) => ({ key: [row.id], record: diplomatFromRow(row) })),
		articles: async (after) =>
			(
				await db
					.selectFrom("articles")
					.select(["id", "version", "doc"])
					.$if(after !== undefined, (q) => q.where("id", ">", after?.[0] as string))
					.orderBy("id")
					.limit(BATCH)
					.execute()
			).map((row) => ({ key: [row.id], record: articleFromRow(row) })),
		meetings: async (after) =>
			(
				await db
					.selectFrom("meetings")
					.select(["id", "version", "doc"])
					.$if(after !== undefined, (q) => q.where("id", ">", after?.[0] as string))
					.orderBy("id")
					.limit(BATCH)
					.execute()
			).map((row) => ({ key: [row.id], record: meetingFromRow(row) })),
		articleViews: async (after) =>
			(
				await db
					.selectFrom("article_views")
					.selectAll()
					.$if(after !== undefined, (q) =>
						q.where((eb) =>
							eb(eb.refTuple("article_id", "day"), ">", eb.tuple(after?.[0] as string, after?.[1] as string)),
						),
					)
					.orderBy("article_id")
					.orderBy("day")
					.limit(BATCH)
					.execute()
			).map((row) => ({
				key: [row.article_id, row.day],
				record: { articleId: row.article_id, day: row.day, count: asNumber(row.count) },
			})),
		apiKeys: async (after) =>
			(
				await db
					.selectFrom("api_keys")
					.selectAll()
					.$if(after !== undefined, (q) => q.where("id", ">", after?.[0] as string))
					.orderBy("id")
					.limit(BATCH)
					.execute()
			).map((row) => ({ key: [row.id], record: apiKeyFromRow(row) })),
		idempotency: async (after) =>
			(
				await db
					.selectFrom("idempotency_responses")
					.selectAll()
					.$if(after !== undefined, (q) =>
						q.where((eb) =>
							eb(eb.refTuple("principal", "key"), ">", eb.tuple(after?.[0] as string, after?.[1] as string)),
						),
					)
					.orderBy("principal")
					.orderBy("key")
					.limit(BATCH)
					.execute()
			).map((row) => ({ key: [row.principal, row.key], record: idempotencyFromRow(row) })),
	};
}

/**
 * Streams the whole database as a versioned JSON dump, table by table and record by record (never one giant
 * string), in one read transaction so the dump is a consistent snapshot. Records are domain records, so a dump
 * taken from one engine loads into the other.
 * @example await exportDump(store, createWriteStream("sidelines.json"));
 */
export async function exportDump(store: SqlStore, out: Writable): Promise<void> {
	const write = writer(out);
	// One snapshot for the whole dump: REPEATABLE READ on PostgreSQL; on SQLite a transaction already is one.
	const snapshot =
		store.dialect === "postgres"
			? store.kysely.transaction().setIsolationLevel("repeatable read")
			: store.kysely.transaction();
	const migrations = await store.appliedMigrations();
	await snapshot.execute(async (trx) => {
		const counter = await trx
			.selectFrom("counters")
			.select("value")
			.where("name", "=", "article_serial")
			.executeTakeFirst();
		await write(
			`{"format":${JSON.stringify(DUMP_FORMAT)},"version":${DUMP_VERSION},"schema":${JSON.stringify(migrations.at(-1) ?? null)},"articleSerial":${asNumber(counter?.value ?? 0)},"tables":{`,
		);
		const sources = batches(trx);
		for (const [index, table] of DUMP_TABLES.entries()) {
			await write(`${index === 0 ? "" : ","}\n${JSON.stringify(table)}:[`);
			let after: string[] | undefined;
			let first = true;
			for (;;) {
				const rows = await sources[table](after);
				for (const row of rows) {
					await write(`${first ? "" : ","}\n${JSON.stringify(row.record)}`);
					first = false;
				}
				if (rows.length < BATCH) break;
				after = rows.at(-1)?.key;
			}
			await write("]");
		}
		await write("\n}}\n");
	});
}
