import { Article, Diplomat, Meeting, Occasion, parseRecord, Section } from "@sidelines/domain";
import { sql } from "kysely";
import type { StoreContext } from "./context.js";
import { apiKeyToRow } from "./repositories/api-keys.js";
import { articleRows } from "./repositories/article-rows.js";
import { diplomatRows } from "./repositories/diplomat-rows.js";
import { idempotencyToRow } from "./repositories/idempotency.js";
import { meetingRows } from "./repositories/meeting-rows.js";
import { occasionRow } from "./repositories/occasions.js";
import type { Schema } from "./schema.js";
import type { ApiKey, StoredIdempotentResponse } from "./types.js";
import type { WritePlan } from "./writes/plan.js";

/** Whole records to load at once, in any amount; each list is optional. */
export interface BulkRecords {
	sections?: Section[];
	occasions?: Occasion[];
	diplomats?: Diplomat[];
	articles?: Article[];
	meetings?: Meeting[];
	articleViews?: { articleId: string; day: string; count: number }[];
	apiKeys?: ApiKey[];
	idempotency?: StoredIdempotentResponse[];
	/** Highest article serial ever issued (kept across deletes); defaults to the highest loaded. */
	articleSerial?: number;
}

/** Bound parameters per INSERT statement: under SQLite's 32766 and PostgreSQL's 65535. */
const PARAMETERS_PER_STATEMENT = 30_000;
/** Loads at least this many records refresh the query planner's statistics. */
const ANALYZE_AFTER = 5_000;

/** Whether `records` are a big load: one that refreshes the planner's statistics (and is vacuumed after, see `afterBulkLoad`). */
const isBigLoad = (records: BulkRecords): boolean =>
	(records.articles?.length ?? 0) + (records.meetings?.length ?? 0) + (records.diplomats?.length ?? 0) >=
	ANALYZE_AFTER;

function insertRows<T extends keyof Schema>(plan: WritePlan, table: T, rows: readonly object[]): void {
	const first = rows[0];
	if (!first) return;
	const size = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / Object.keys(first).length));
	for (let start = 0; start < rows.length; start += size) {
		plan.run(
			plan.db
				.insertInto(table)
				// biome-ignore lint/suspicious/noExplicitAny: rows were built for this table by its row mapper.
				.values(rows.slice(start, start + size) as any),
		);
	}
}

/**
 * Plans many validated records as multi-row INSERTs: the path used by demo data, dump import, tests and
 * benchmarks. Records keep their ids, versions and short codes.
 * @throws {DomainValidationError} before any SQL when a record is invalid.
 */
export async function insertBulk(plan: WritePlan, records: BulkRecords): Promise<void> {
	const sections = (records.sections ?? []).map((record) => parseRecord(Section, record));
	const occasions = (records.occasions ?? []).map((record) => parseRecord(Occasion, record));
	const diplomats = (records.diplomats ?? []).map((record) => parseRecord(Diplomat, record));
	const articles = (records.articles ?? []).map((record) => parseRecord(Article, record));
	const meetings = (records.meetings ?? []).map((record) => parseRecord(Meeting, record));
	{
		// Parents before children so foreign keys hold at every statement.
		const ordered = [...sections].sort(
			(a, b) => (a.parent === undefined ? 0 : 1) - (b.parent === undefined ? 0 : 1),
		);
		insertRows(
			plan,
			"sections",
			ordered.map((s) => ({ slug: s.slug, name: s.name, parent: s.parent ?? null })),
		);
		insertRows(plan, "occasions", occasions.map(occasionRow));
		const diplomatParts = diplomats.map(diplomatRows);
		insertRows(
			plan,
			"diplomats",
			diplomatParts.map((part) => part.diplomat),
		);
		insertRows(
			plan,
			"diplomat_names",
			diplomatParts.flatMap((part) => part.names),
		);
		const articleParts = articles.map(articleRows);
		insertRows(
			plan,
			"articles",
			articleParts.map((part) => part.article),
		);
		insertRows(
			plan,
			"article_tags",
			articleParts.flatMap((part) => part.tags),
		);
		insertRows(
			plan,
			"article_mentions",
			articleParts.flatMap((part) => part.mentions),
		);
		const countries = new Map(diplomats.map((d) => [d.id, d.country]));
		const missing = [
			...new Set(
				meetings.flatMap((m) =>
					m.participants.flatMap((p) =>
						p.kind === "diplomat" && !countries.has(p.diplomatId) ? [p.diplomatId] : [],
					),
				),
			),
		];
		for (let start = 0; start < missing.length; start += 1000) {
			const rows = await plan.db
				.selectFrom("diplomats")
				.select(["id", "country"])
				.where("id", "in", missing.slice(start, start + 1000))
				.execute();
			for (const row of rows) countries.set(row.id, row.country);
		}
		const meetingParts = meetings.map((meeting) => meetingRows(meeting, (id) => countries.get(id)));
		insertRows(
			plan,
			"meetings",
			meetingParts.map((part) => part.meeting),
		);
		insertRows(
			plan,
			"meeting_participants",
			meetingParts.flatMap((part) => part.participants),
		);
		insertRows(
			plan,
			"article_views",
			(records.articleViews ?? []).map((view) => ({
				article_id: view.articleId,
				day: view.day,
				count: view.count,
			})),
		);
		insertRows(plan, "api_keys", (records.apiKeys ?? []).map(apiKeyToRow));
		insertRows(plan, "idempotency_responses", (records.idempotency ?? []).map(idempotencyToRow));
		const highest = articleParts.reduce(
			(max, part) => Math.max(max, part.article.serial),
			records.articleSerial ?? 0,
		);
		plan.run(
			plan.db
				.updateTable("counters")
				.set({ value: sql<number>`case when value < ${highest} then ${highest} else value end` })
				.where("name", "=", "article_serial"),
		);
		if (isBigLoad(records)) {
			// Fresh statistics after a big load, or the planners guess (SQLite would scan meetings by date
			// instead of starting from one diplomat's few participant rows).
			plan.run(sql`analyze`.compile(plan.db));
		}
		if (plan.context.dialect === "sqlite" && articles.length >= ANALYZE_AFTER) {
			// A big load leaves the full-text index in many segments, each one a search must look into: merge them.
			plan.run(sql`insert into articles_fts (articles_fts) values ('optimize')`.compile(plan.db));
		}
	}
}

/**
 * After a big load has committed, PostgreSQL vacuums: every loaded row's page is then marked all-visible and
 * its rows' commit status recorded, which the first reads of each page would otherwise do (dirtying it)
 * while autovacuum works through the new tables in the background. Right after loading 100k articles, search
 * ran at half its later speed. Not inside a transaction, which VACUUM cannot run in; SQLite needs nothing.
 */
export async function afterBulkLoad(context: StoreContext, records: BulkRecords): Promise<void> {
	if (context.dialect === "postgres" && context.plan === undefined && isBigLoad(records))
		await sql`vacuum`.execute(context.db);
}
