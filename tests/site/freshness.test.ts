import { materaArticle } from "@sidelines/domain/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf } from "../api/support/api.js";
import { editorOf } from "./support/editor.js";
import { startSite, type TestSite } from "./support/site.js";

const STORY = {
	headline: "Foreign ministers open a new round of talks",
	section: "japan",
	publishedAt: "2021-07-02T10:00:00+09:00",
	zone: "Asia/Tokyo",
	body: [{ type: "paragraph" as const, text: "A story written for the freshness test, first as a draft." }],
};

/** Polls `read` for up to a minute until it returns true: the promise readers get from the site. */
async function withinAMinute(read: () => Promise<boolean>): Promise<number> {
	const started = Date.now();
	while (Date.now() - started < 60_000) {
		if (await read()) return Date.now() - started;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error("not visible within 60 seconds");
}

describe("what editors publish reaches readers within a minute", () => {
	let site: TestSite;
	let editor: Awaited<ReturnType<typeof editorOf>>;
	beforeAll(async () => {
		site = await startSite();
		editor = await editorOf(site);
	});
	afterAll(async () => site?.close());

	const page = async (path: string) => {
		const response = await site.fetch(path);
		return { status: response.status, html: await response.text(), headers: response.headers };
	};

	it("a draft stays hidden; once published through the API the site shows it, and then its edit", async () => {
		const draft = await editor.createArticle(STORY);
		const path = `/articles/${draft.body.slug}`;
		expect((await page(path)).status).toBe(404);
		expect((await page("/")).html).not.toContain(STORY.headline);

		const published = await editor.updateArticle(draft.body.slug, { status: "published" }, draft.etag);
		await withinAMinute(async () => (await page(path)).status === 200);
		await withinAMinute(async () => (await page("/sections/japan")).html.includes(STORY.headline));
		await withinAMinute(async () => (await page("/feed.xml")).html.includes(STORY.headline));

		await editor.updateArticle(
			draft.body.slug,
			{ headline: "Foreign ministers close their round of talks" },
			published.etag,
		);
		await withinAMinute(async () =>
			(await page(path)).html.includes("Foreign ministers close their round of talks"),
		);
	}, 200_000);

	it("lets shared caches keep a page under a minute, and answers a repeat request with 304 until it changes", async () => {
		const first = await page("/sections/japan");
		const cacheControl = first.headers.get("cache-control") ?? "";
		const seconds = (name: string) =>
			Number(new RegExp(`${name}=(\\d+)`).exec(cacheControl)?.[1] ?? Number.NaN);
		expect(seconds("max-age")).toBe(0);
		expect(seconds("s-maxage") + seconds("stale-while-revalidate")).toBeLessThanOrEqual(60);
		const etag = first.headers.get("etag") as string;
		expect(etag).toMatch(/^"[\w-]+"$/);
		const again = await site.fetch("/sections/japan", { headers: { "if-none-match": etag } });
		expect(again.status).toBe(304);
		await editor.createArticle({
			...STORY,
			headline: "A second story changes the section",
			status: "published",
		});
		const changed = await site.fetch("/sections/japan", { headers: { "if-none-match": etag } });
		expect(changed.status).toBe(200);
		expect(await changed.text()).toContain("A second story changes the section");
	});

	it("counts a reader's view once per window, server-side, and Most Popular follows the API", async () => {
		const popular = async () => {
			const { items } = await jsonOf(await site.api.fetch("/v1/articles/popular"));
			return (
				items.find((item: { article: { slug: string } }) => item.article.slug === materaArticle.slug)
					?.views ?? 0
			);
		};
		const before = await popular();
		await page(`/articles/${materaArticle.slug}`);
		await page(`/articles/${materaArticle.slug}`);
		await page(`/articles/${materaArticle.slug}`);
		expect(await popular()).toBe(before + 1);
		const rail = (await page("/")).html.split('id="most-popular"')[1] ?? "";
		expect(rail).toContain(materaArticle.headline);
	});

	it("shows a confirmed meeting whose only report is unpublished, without a link to it", async () => {
		const draft = await editor.createArticle({ ...STORY, headline: "A report still in draft" });
		const meeting = await editor.createMeeting({
			participants: [
				{ kind: "diplomat", diplomatId: "antony-blinken" },
				{ kind: "diplomat", diplomatId: "luigi-di-maio" },
			],
			date: { year: 2021, month: 6, day: 28, precision: "day" },
			format: "in_person",
			review: "confirmed",
			sources: [{ articleId: draft.body.id }],
		});
		const { status, html } = await page(`/meetings/${meeting.body.id}`);
		expect(status).toBe(200);
		expect(html).toContain("The article that reports this meeting is not published yet.");
		expect(html).not.toContain(`/articles/${draft.body.slug}`);
		expect((await page("/diplomats/luigi-di-maio")).html).toContain(`/meetings/${meeting.body.id}`);
	});
});

describe("when the API does not answer", () => {
	it("says so in plain words with status 500, and keeps the way on", async () => {
		// Nothing listens on port 9 (discard) of the loopback: every API call is refused.
		const site = await startSite({ apiUrl: "http://127.0.0.1:9" });
		try {
			const response = await site.fetch(`/articles/${materaArticle.slug}`);
			expect(response.status).toBe(500);
			const html = await response.text();
			expect(html).toContain("This page is not available right now");
			expect(html).toContain('href="/search"');
			expect(html).not.toMatch(/ECONNREFUSED|at async|node_modules/);
		} finally {
			await site.close();
		}
	});
});
