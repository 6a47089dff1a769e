import { materaArticle } from "@sidelines/domain/fixtures";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { visibleText } from "./support/browser.js";
import { siteAndBrowser } from "./support/site-and-browser.js";

/*
 * A reader's journey through the demo world with JavaScript off: every fact of the Matera story
 * shows where it belongs, and each step is a link a reader can follow.
 */
/** The seed's facts of the Blinken-Motegi talks, as the site words them. */
const BLINKEN_MOTEGI = [
	"29 June 2021",
	"20 minutes",
	"In person",
	"Matera, Italy",
	"G20 Foreign and Development Ministers' Meeting",
	"G20 cooperation; bilateral relationship; regional priorities",
];

describe("the reader's journey, JavaScript off", () => {
	const running = siteAndBrowser();
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		const { site, browser } = running;
		context = await browser.newContext({ javaScriptEnabled: false, baseURL: site.url });
		page = await context.newPage();
	});
	afterAll(async () => {
		await context?.close();
	});

	const text = (selector: string) => visibleText(page.locator(selector));

	it("home -> section -> article: the story as the seed page tells it, and more", async () => {
		const { site } = running;
		await page.goto("/");
		await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Japan" }).click();
		await page.waitForURL((url) => url.pathname === "/sections/japan");
		expect(await text("h1")).toBe("Japan");
		// The Matera story is in the section, on the first page or an older one.
		const story = page.getByRole("link", { name: materaArticle.headline });
		while ((await story.count()) === 0) await page.getByRole("link", { name: "Older stories" }).click();
		await story.click();

		await page.waitForURL((url) => url.pathname === `/articles/${materaArticle.slug}`);
		const crumbs = await page
			.getByRole("navigation", { name: "Breadcrumb" })
			.getByRole("listitem")
			.allInnerTexts();
		expect(crumbs).toEqual(["Home", "Japan", materaArticle.headline]);
		expect(await text("h1")).toBe("Motegi and Blinken pledge G20 teamwork in Matera talks");
		expect(await text(".standfirst")).toContain("British and Italian counterparts");
		const caption = await text("article figure figcaption");
		expect(caption).toContain("Matera, Italy");
		expect(caption).toContain("Twitter/@SecBlinken");
		const meta = await text("article header .meta");
		expect(meta).toContain("By Arab News Japan with JIJI Press");
		const published = page.locator("article header time").first();
		expect(await visibleText(published)).toBe("30 Jun 2021, 06:06 JST");
		expect(await published.getAttribute("datetime")).toBe("2021-06-30T06:06:02+09:00");
		const quote = await text("article blockquote");
		expect(quote).toContain("working together to strengthen our bilateral relationship");
		expect(quote).toContain("Antony Blinken");
		const shortLink = page.locator("#short-url");
		expect(await shortLink.getAttribute("href")).toMatch(new RegExp(`^${site.url}/s/[A-Za-z0-9]{6}$`));
		// Plain share links only: no third-party script on the page at all.
		expect(
			await page.locator("script[src]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("src"))),
		).toEqual(["/copy-link.js"]);
		expect(
			await page.getByRole("navigation", { name: "Share this story" }).getByRole("link").count(),
		).toBeGreaterThanOrEqual(4);
		expect(await page.getByRole("link", { name: "Return to top" }).getAttribute("href")).toBe("#top");
		const rail = page.getByRole("complementary", { name: "More stories" });
		expect(await rail.getByRole("heading", { name: "Most Popular" }).count()).toBe(1);
		expect(await rail.getByRole("heading", { name: "Recommended" }).count()).toBe(1);

		const meetings = page.getByRole("region", { name: "Meetings in this story" });
		const cards = meetings.getByRole("article");
		expect(await cards.count()).toBe(4);
		const blinken = await visibleText(cards.filter({ hasText: "Antony Blinken" }));
		for (const fact of [
			"United States, Secretary of State",
			"Japan, Minister for Foreign Affairs",
			...BLINKEN_MOTEGI,
		])
			expect(blinken).toContain(fact);
		const raab = await visibleText(cards.filter({ hasText: "Dominic Raab" }));
		expect(raab).toContain("United Kingdom, Foreign Secretary");
		expect(raab).toContain("G7 summit follow-up; climate change; security cooperation");
		expect(await visibleText(cards.filter({ hasText: "Luigi Di Maio" }))).toContain(
			"Italy, Minister of Foreign Affairs",
		);
		const call = await visibleText(cards.filter({ hasText: "SUGA Yoshihide" }));
		expect(call).toContain("Japan, Prime Minister");
		expect(call).toContain("United States, President");
		expect(call).toContain("late January 2021");
		expect(call).toContain("Phone call");
		const people = page.getByRole("region", { name: "People in this story" });
		expect(await people.getByRole("link").allInnerTexts()).toEqual([
			"Antony Blinken",
			"MOTEGI Toshimitsu",
			"Dominic Raab",
			"Luigi Di Maio",
			"SUGA Yoshihide",
			"Joe Biden",
		]);
		expect(await people.locator('[lang="ja"]').allInnerTexts()).toEqual(["茂木敏充", "菅義偉"]);
	});

	it("article -> meeting -> diplomat -> occasion, and back", async () => {
		await page.getByRole("link", { name: "Antony Blinken and MOTEGI Toshimitsu" }).click();
		await page.waitForURL((url) => url.pathname === "/meetings/mtg-blinken-motegi-2021-06-29");
		const record = await text("dl.data");
		for (const fact of BLINKEN_MOTEGI) expect(record).toContain(fact);
		expect(await page.locator("dl.data time").getAttribute("datetime")).toBe("2021-06-29");
		const parties = await visibleText(page.getByRole("region", { name: "Who took part" }));
		expect(parties).toContain("Secretary of State, United States, at the time");
		expect(parties).toContain("Minister for Foreign Affairs, Japan, at the time");
		const sources = page.getByRole("region", { name: "Sources" });
		expect(await sources.getByRole("link").allInnerTexts()).toEqual([materaArticle.headline]);

		await page
			.getByRole("region", { name: "Who took part" })
			.getByRole("link", { name: "MOTEGI Toshimitsu" })
			.click();
		await page.waitForURL((url) => url.pathname === "/diplomats/motegi-toshimitsu");
		expect(await text("h1")).toBe("MOTEGI Toshimitsu");
		expect(await visibleText(page.locator('dd[lang="ja"]'))).toBe("茂木敏充");
		expect(await text("dl.data")).toContain("Japan");
		const offices = await page
			.getByRole("region", { name: "Offices held" })
			.getByRole("listitem")
			.allInnerTexts();
		expect(offices[0]).toContain("2019-09-11 to 2021-11-04");
		expect(offices.at(-1)).toContain("2025-10-21 to present");
		const counterparts = await visibleText(page.getByRole("region", { name: "Most frequent counterparts" }));
		for (const name of ["Antony Blinken", "Dominic Raab", "Luigi Di Maio"])
			expect(counterparts).toContain(name);
		const meetingTitles = await page
			.getByRole("region", { name: "Meetings" })
			.getByRole("heading")
			.allInnerTexts();
		for (const title of [
			"Antony Blinken and MOTEGI Toshimitsu",
			"MOTEGI Toshimitsu and Dominic Raab",
			"MOTEGI Toshimitsu and Luigi Di Maio",
		])
			expect(meetingTitles).toContain(title);

		await page
			.getByRole("article", { name: "Meeting: Antony Blinken and MOTEGI Toshimitsu" })
			.getByRole("link", { name: "G20 Foreign and Development Ministers' Meeting" })
			.click();
		await page.waitForURL((url) => url.pathname === "/occasions/g20-fmm-matera-2021");
		const matrix = page.getByRole("table");
		expect(await visibleText(matrix.locator("caption"))).toContain("each cell links to the meeting");
		const rows = await matrix.locator("tbody th[scope=row]").allInnerTexts();
		expect(rows).toEqual(
			expect.arrayContaining(["MOTEGI Toshimitsu", "Antony Blinken", "Dominic Raab", "Luigi Di Maio"]),
		);
		const motegiRow = matrix.locator("tbody tr", {
			has: page.locator("th", { hasText: "MOTEGI Toshimitsu" }),
		});
		expect(
			await motegiRow
				.getByRole("link")
				.evaluateAll((links) => links.map((link) => link.getAttribute("href")).sort()),
		).toEqual(
			expect.arrayContaining([
				"/meetings/mtg-blinken-motegi-2021-06-29",
				"/meetings/mtg-motegi-di-maio-2021-06-29",
				"/meetings/mtg-motegi-raab-2021-06-29",
			]),
		);

		await page.goBack();
		await page.waitForURL((url) => url.pathname === "/diplomats/motegi-toshimitsu");
		await page.goBack();
		await page.waitForURL((url) => url.pathname === "/meetings/mtg-blinken-motegi-2021-06-29");
		await page.goBack();
		await page.waitForURL((url) => url.pathname === `/articles/${materaArticle.slug}`);
	});

	it("shows a phone call's fuzzy date honestly, and the diplomat's meetings filter by year", async () => {
		await page.goto("/meetings/mtg-suga-biden-2021-01");
		const record = await text("dl.data");
		expect(record).toContain("late January 2021");
		expect(record).toContain("Phone call");
		expect(await page.locator("dl.data time").getAttribute("datetime")).toBe("2021-01");
		await page.goto("/diplomats/motegi-toshimitsu?year=2019");
		expect(await visibleText(page.getByRole("region", { name: "Meetings" }))).toContain(
			"No meetings on record for 2019.",
		);
	});
});
