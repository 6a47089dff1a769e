import { japanSection } from "@sidelines/domain/fixtures";
import { describe, expect, it } from "vitest";
import { engines } from "../test/engines.js";

describe.each(engines)("the change count on $name", (engine) => {
	it("moves with every committed write, as every store on the database sees it, and not with a failed one", async () => {
		const store = await engine.open();
		const other = await engine.reopen(store);
		const before = await other.changeCount();
		await store.sections.upsert(japanSection);
		expect(await other.changeCount()).toBe(before + 1);
		const article = await store.articles.create({
			headline: "Ferry timetables agreed",
			section: "japan",
			publishedAt: "2024-05-01T09:00:00Z",
			zone: "UTC",
			body: [{ type: "paragraph", text: "The ferries keep their times." }],
		});
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
});
