import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoRecords, japanSection } from "@sidelines/domain/fixtures";
import { type Kysely, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { collect, startChild } from "../test/child-process.js";
import { engineNamed, engines } from "../test/engines.js";
import { plainArticle } from "../test/plain-article.js";
import type { SqlStore } from "./create-store.js";
import { migrations } from "./migrations/index.js";
import { openStore } from "./open-store.js";
import { meetingRows } from "./repositories/meeting-rows.js";

const allMigrations = migrations.map((migration) => migration.name);

/** Takes a migration back by hand (`statements` undo it) and closes the store: the next open applies it again. */
async function undoMigration(store: SqlStore, name: string, statements: string[]): Promise<void> {
	for (const statement of [...statements, `delete from kysely_migration where name = '${name}'`])
		await sql.raw(statement).execute(store.kysely);
	await store.close();
}

/** The ids on a few pages of a country's meetings, which 009's copies serve. */
function countryPages(store: SqlStore): Promise<string[][]> {
	const filters = [
		{ country: "JP" },
		{ country: "US", format: "in_person" as const },
		{ country: "GB", to: "2026-10-31" },
	];
	return Promise.all(
		filters.map(async (filter) => (await store.meetings.list(filter)).items.map((meeting) => meeting.id)),
	);
}

describe.each(engines)("migrations and other processes on $name", (engine) => {
	it("upgrades a database made at migration 1 to the latest, keeping its data", async () => {
		const location = await engine.freshDatabase();
		const old = await openStore({ ...location, migrateTo: 1 });
		expect(await old.appliedMigrations()).toEqual(allMigrations.slice(0, 1));
		// Today's article and meeting rows do not fit migration 1's tables (006 and 009 added columns): the
		// meetings go in as migration 1's rows, and the articles stay out.
		await old.bulkInsert({ ...demoRecords, articles: [], meetings: [] });
		const countries = new Map(demoRecords.diplomats.map((diplomat) => [diplomat.id, diplomat.country]));
		for (const meeting of demoRecords.meetings) {
			const rows = meetingRows(meeting, (id) => countries.get(id));
			await old.kysely.insertInto("meetings").values(rows.meeting).execute();
			const participants = rows.participants.map(
				({ review, format, date_sort, ...migration1 }) => migration1,
			);
			// biome-ignore lint/suspicious/noExplicitAny: migration 1's table, which the typed schema has outgrown.
			await (old.kysely as Kysely<any>).insertInto("meeting_participants").values(participants).execute();
		}
		const before = await old.meetings.list();
		await old.close();

		const upgraded = await openStore(location);
		try {
			expect(await upgraded.appliedMigrations()).toEqual(allMigrations);
			expect(await upgraded.meetings.list()).toEqual(before);
			expect((await upgraded.meetings.list({ diplomat: "motegi-toshimitsu" })).items).toHaveLength(3);
			expect((await upgraded.meetings.list({ country: "JP" })).items.length).toBeGreaterThan(0);
		} finally {
			await upgraded.close();
		}
		const again = await openStore(location);
		expect(await again.appliedMigrations()).toEqual(allMigrations);
		await again.close();
	});

	it("gives the tag rows of a database made before 006 their articles' time", async () => {
		const location = await engine.freshDatabase();
		const made = await openStore({ ...location, migrateTo: allMigrations.indexOf("006-tag-order") + 1 });
		// Today's meeting rows do not fit 006's tables (009 added columns); the articles need none of them.
		await made.bulkInsert({ ...demoRecords, meetings: [] });
		const before = await made.articles.list();
		// The tables as 005 left them, with the articles and their tags in them.
		await undoMigration(made, "006-tag-order", [
			"drop index article_tags_newest",
			"alter table article_tags drop column published_at",
			"create index article_tags_tag on article_tags (tag, article_id)",
		]);

		const upgraded = await openStore(location);
		try {
			expect(await upgraded.appliedMigrations()).toEqual(allMigrations);
			expect(await upgraded.articles.list()).toEqual(before);
			const tagged = before.items.filter((article) => article.tags.includes("g20"));
			expect(tagged.length).toBeGreaterThan(0);
			expect((await upgraded.articles.list({ tag: "g20" })).items).toEqual(tagged);
			// The bounds compare the tag rows' copy of the time, which the migration filled in.
			const dayBefore = new Date(Date.parse(tagged[0]?.publishedAt ?? "") - 86_400_000).toISOString();
			expect((await upgraded.articles.list({ tag: "g20", from: dayBefore.slice(0, 10) })).items).toEqual(
				tagged,
			);
			await upgraded.articles.recordView("art-motegi-blinken-matera", new Date("2024-01-01T00:00:00Z"));
			expect(await upgraded.articles.popular({ since: "2024-01-01" })).toHaveLength(1);
		} finally {
			await upgraded.close();
		}
	});

	it("gives the participant rows of a database made before 009 their meetings' review, format and date", async () => {
		const store = await engine.open();
		await store.bulkInsert(demoRecords);
		const before = await countryPages(store);
		expect(before.every((ids) => ids.length > 0)).toBe(true);
		await store.close();
		const made = await engine.reopen(store);
		// The tables as 008 left them, with the meetings and their participants in them.
		await undoMigration(made, "009-country-order", [
			"drop index meeting_participants_country_format",
			"drop index meeting_participants_country_newest",
			"alter table meeting_participants drop column review",
			"alter table meeting_participants drop column format",
			"alter table meeting_participants drop column date_sort",
		]);

		const upgraded = await engine.reopen(made);
		try {
			expect(await upgraded.appliedMigrations()).toEqual(allMigrations);
			expect(await countryPages(upgraded)).toEqual(before);
		} finally {
			await upgraded.close();
		}
	});

	it("migrates once when several processes open a new database at the same moment", async () => {
		const location = await engine.freshDatabase();
		const results = await Promise.all(Array.from({ length: 4 }, () => collect(startChild("open", location))));
		for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0, lines: ["done"] });
		const store = await openStore(location);
		try {
			expect(await store.appliedMigrations()).toEqual(allMigrations);
		} finally {
			await store.close();
		}
	});

	it("takes writes from several processes and connections at once without a busy error", async () => {
		const store = await engine.open();
		await store.sections.upsert(japanSection);
		const location = engine.locationOf(store);
		const children = Array.from({ length: 3 }, () => collect(startChild("write", location, 25)));
		const others = await Promise.all(Array.from({ length: 3 }, () => engine.reopen(store)));
		const local = others.flatMap((other, n) =>
			Array.from({ length: 15 }, (_, i) =>
				other.articles.create(plainArticle(`Local writer ${n} ${i}`, "Concurrent.")),
			),
		);
		const [results] = await Promise.all([Promise.all(children), Promise.all(local)]);
		for (const result of results) expect(result.code, result.stderr).toBe(0);
		const count = await store.kysely
			.selectFrom("articles")
			.select(sql<number>`count(*)`.as("n"))
			.executeTakeFirstOrThrow();
		expect(Number(count.n)).toBe(3 * 25 + 3 * 15);
	});

	it("keeps every acknowledged write when the writing process is killed mid-stream", async () => {
		const store = await engine.open();
		await store.sections.upsert(japanSection);
		const location = engine.locationOf(store);
		await store.close();
		const child = startChild("write", location);
		const result = await collect(child, (_line, lines) => {
			if (lines.length === 40) child.kill("SIGKILL");
		});
		expect(result.signal).toBe("SIGKILL");
		const acknowledged = result.lines.filter((line) => line.startsWith("art-"));
		expect(acknowledged.length).toBeGreaterThanOrEqual(40);

		const reopened = await openStore(location);
		try {
			for (const id of acknowledged) expect(await reopened.articles.get(id), id).toMatchObject({ id });
			if (engine.name === "sqlite") {
				const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(reopened.kysely);
				expect(check.rows).toEqual([{ integrity_check: "ok" }]);
				// FTS5's own check raises SQLITE_CORRUPT when the index and the table disagree.
				await expect(
					sql`insert into articles_fts (articles_fts) values ('integrity-check')`.execute(reopened.kysely),
				).resolves.toMatchObject({ rows: [] });
			}
			// The counters and the full-text index agree with what survived.
			const listed: string[] = [];
			let cursor: string | undefined;
			do {
				const page = await reopened.articles.list({ limit: 100, status: "draft", cursor });
				listed.push(...page.items.map((article) => article.id));
				cursor = page.nextCursor ?? undefined;
			} while (cursor);
			expect(listed).toEqual(expect.arrayContaining(acknowledged));
		} finally {
			await reopened.close();
		}
	});
});

describe("closing a store on a SQLite file", () => {
	it("folds the WAL into the database file, so the file alone holds every acknowledged write", async () => {
		const sqlite = engineNamed("sqlite");
		const store = await sqlite.open();
		await store.sections.upsert(japanSection);
		const article = await store.articles.create(
			plainArticle("Harbour pilots trade charts", "The charts change hands."),
		);
		// A read on the store's read-only connection, so both connections have the WAL open when it closes.
		expect((await store.articles.getBySlug(article.slug))?.id).toBe(article.id);
		const { sqlitePath } = sqlite.locationOf(store);
		await store.close();
		expect(existsSync(`${sqlitePath}-wal`)).toBe(false);
		const folder = mkdtempSync(join(tmpdir(), "sidelines-copied-file-"));
		try {
			const copy = join(folder, "copy.db");
			copyFileSync(sqlitePath as string, copy);
			const reopened = await openStore({ sqlitePath: copy });
			try {
				expect((await reopened.articles.getBySlug(article.slug))?.headline).toBe(
					"Harbour pilots trade charts",
				);
			} finally {
				await reopened.close();
			}
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});

describe("a store on PostgreSQL whose server ends its connections", () => {
	it("lives on, and the next read connects again", async () => {
		const postgres = engineNamed("postgres");
		const store = await postgres.open();
		// Several reads at once, so the pool holds several idle connections.
		await Promise.all(Array.from({ length: 4 }, () => store.articles.list({ limit: 1 })));
		const admin = await postgres.reopen(store);
		const ended = await sql<{ pid: number }>`
			select pg_terminate_backend(pid) as pid from pg_stat_activity
			where datname = current_database() and pid <> pg_backend_pid()`.execute(admin.kysely);
		expect(ended.rows.length).toBeGreaterThan(0);
		// Each ended connection tells its client so; give the messages time to arrive.
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect((await store.articles.list({ limit: 1 })).items).toEqual([]);
	});
});
