import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { japanSection } from "@sidelines/domain/fixtures";
import { describe, expect, it } from "vitest";
import { collect, startChild } from "../test/child-process.js";
import { engines } from "../test/engines.js";
import { plainArticle } from "../test/plain-article.js";
import { walMark } from "./sqlite/wal-mark.js";

describe.each(engines)("the change count on $name", (engine) => {
	it("moves with every committed write, as every store on the database sees it, and not with a failed one", async () => {
		const store = await engine.open();
		const other = await engine.reopen(store);
		const before = await other.changeCount();
		await store.sections.upsert(japanSection);
		expect(await other.changeCount()).toBe(before + 1);
		const article = await store.articles.create(
			plainArticle("Ferry timetables agreed", "The ferries keep their times."),
		);
		expect(await other.changeCount()).toBe(before + 2);
		await expect(
			store.articles.update(article.id, { headline: "Late" }, article.version + 5),
		).rejects.toThrow();
		expect(await other.changeCount()).toBe(before + 2);
		await store.transaction(async (trx) => {
			await trx.articles.update(article.id, { headline: "Ferry timetables agreed at last" }, 1);
			await trx.sections.upsert({ ...japanSection, name: "Japan and Korea" });
		});
		expect(await other.changeCount()).toBe(before + 3);
		expect(await store.changeCount()).toBe(before + 3);
	});

	it("moves with a write another process commits, and not with a view", async () => {
		const store = await engine.open();
		await store.sections.upsert(japanSection);
		const before = await store.changeCount();
		const result = await collect(startChild("write", engine.locationOf(store), 1));
		expect(result.code, result.stderr).toBe(0);
		expect(await store.changeCount()).toBe(before + 1);
		const [id] = result.lines;
		await store.articles.recordView(id as string);
		expect(await store.changeCount()).toBe(before + 1);
		await store.sections.upsert({ ...japanSection, name: "Japan and Korea" });
		expect(await store.changeCount()).toBe(before + 2);
	});
});

describe("the WAL mark of a SQLite file", () => {
	it("is the WAL-index header, which a commit rewrites; absent without a whole one", () => {
		const folder = mkdtempSync(join(tmpdir(), "sidelines-wal-mark-"));
		try {
			const path = join(folder, "marks.db");
			expect(walMark(path)).toBeUndefined();
			const database = new DatabaseSync(path);
			database.exec("pragma journal_mode = wal; create table notes (text text)");
			const mark = walMark(path);
			if (!mark) throw new Error("no -shm file beside a WAL database");
			const before = mark.read();
			expect(before).toHaveLength(48);
			database.prepare("select count(*) from notes").get();
			expect(mark.read()).toBe(before);
			database.prepare("insert into notes values ('one')").run();
			expect(mark.read()).not.toBe(before);
			mark.close();
			database.close();
			// A -shm file shorter than the header (never SQLite's own) gives no mark: the store asks the database.
			const short = join(folder, "short.db");
			writeFileSync(`${short}-shm`, Buffer.alloc(10));
			const shortMark = walMark(short);
			expect(shortMark?.read()).toBeUndefined();
			shortMark?.close();
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});
