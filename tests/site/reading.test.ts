// Callbacks passed to page.evaluate run in Chromium, against the DOM.
/// <reference lib="dom" />
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { materaArticle } from "@sidelines/domain/fixtures";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { jsonOf } from "../api/support/api.js";
import { siteAndBrowser } from "./support/site-and-browser.js";

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), "artifacts");
const ARTICLE = `/articles/${materaArticle.slug}`;

/** One page of each type a reader can reach. */
const PAGE_TYPES = {
	home: "/",
	section: "/sections/japan",
	article: ARTICLE,
	meeting: "/meetings/mtg-blinken-motegi-2021-06-29",
	"meeting with a fuzzy date": "/meetings/mtg-suga-biden-2021-01",
	diplomat: "/diplomats/motegi-toshimitsu",
	occasion: "/occasions/g20-fmm-matera-2021",
	network: "/network",
	timeline: "/timeline",
	search: "/search?q=Motegi",
	"search with no results": "/search?q=zzyzx",
	"not found": "/articles/no-such-story",
};

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

describe("reading the site in Chromium", () => {
	const running = siteAndBrowser();
	let page: Page;
	beforeAll(async () => {
		const { site, browser } = running;
		// axe needs a page of an explicit context.
		page = await (await browser.newContext({ baseURL: site.url })).newPage();
		mkdirSync(ARTIFACTS, { recursive: true });
	});

	/** axe's violations on each page type, as "rule: targets" lines; empty when clean. */
	async function violationsOnEveryPageType(check: (builder: AxeBuilder) => AxeBuilder) {
		const found: Record<string, string[]> = {};
		for (const [type, path] of Object.entries(PAGE_TYPES)) {
			await page.goto(path);
			const { violations } = await check(new AxeBuilder({ page })).analyze();
			if (violations.length)
				found[type] = violations.map(
					(v) => `${v.id}: ${v.nodes.map((node) => node.target.join(" ")).join(", ")}`,
				);
		}
		return found;
	}

	it("axe finds no WCAG 2.2 AA violation on any page type", async () => {
		expect(await violationsOnEveryPageType((axe) => axe.withTags(WCAG_22_AA))).toEqual({});
	}, 180_000);

	it("keeps AA contrast in dark mode on every page type", async () => {
		await page.emulateMedia({ colorScheme: "dark" });
		expect(
			await violationsOnEveryPageType((axe) => axe.withRules(["color-contrast", "link-in-text-block"])),
		).toEqual({});
		await page.emulateMedia({ colorScheme: "light" });
	}, 180_000);

	it("answers 404 with search and the latest stories for an unknown page", async () => {
		const { site } = running;
		const response = await page.goto("/articles/no-such-story");
		expect(response?.status()).toBe(404);
		expect(await page.getByRole("search").getByRole("searchbox").count()).toBe(1);
		const { items } = await jsonOf(await site.api.fetch("/v1/articles?limit=1"));
		expect(await page.getByRole("main").getByRole("link", { name: items[0].headline }).count()).toBe(1);
	});

	it("puts the skip link first; it moves focus to the main content, with a visible focus style", async () => {
		await page.goto(ARTICLE);
		await page.keyboard.press("Tab");
		const skip = page.locator(":focus");
		expect(await skip.textContent()).toBe("Skip to main content");
		const box = await skip.boundingBox();
		expect(box?.x).toBeGreaterThanOrEqual(0);
		expect(await skip.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe("rgb(255, 191, 71)");
		await page.keyboard.press("Enter");
		expect(await page.evaluate(() => document.activeElement?.id)).toBe("content");
		await page.keyboard.press("Tab");
		const next = page.locator(":focus");
		expect(await next.evaluate((node) => node.closest("main") !== null)).toBe(true);
		expect(await next.evaluate((node) => getComputedStyle(node).outlineStyle)).toBe("solid");
	});

	it("fits 360 px to 1440 px without sideways scrolling; screenshots of the article at both ends", async () => {
		for (const width of [360, 768, 1024, 1440]) {
			await page.setViewportSize({ width, height: 900 });
			for (const path of [ARTICLE, "/occasions/g20-fmm-matera-2021", "/network", "/"]) {
				await page.goto(path);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
			}
		}
		for (const width of [360, 1440]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(ARTICLE);
			await page.screenshot({ path: join(ARTIFACTS, `article-${width}.png`), fullPage: true });
		}
		const rail = page.getByRole("complementary", { name: "More stories" });
		const main = page.locator("main");
		// From 1,024 px the rails sit beside the story, never inside it.
		expect((await rail.boundingBox())?.x).toBeGreaterThan((await main.boundingBox())?.x ?? 0);
	});

	it("keeps the article page at 50 KB or less of HTML and CSS, images aside", async () => {
		const { site } = running;
		const html = await (await site.fetch(ARTICLE)).text();
		const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
			(match) => match[1] as string,
		);
		expect(sheets.length).toBeGreaterThan(0);
		let bytes = Buffer.byteLength(html);
		for (const sheet of sheets) bytes += (await (await site.fetch(sheet)).arrayBuffer()).byteLength;
		expect(bytes).toBeLessThanOrEqual(50 * 1024);
		expect(html).not.toMatch(/<style/);
	});

	it("follows the reader's colour scheme, and prints the story without navigation or rails", async () => {
		await page.setViewportSize({ width: 1024, height: 900 });
		await page.emulateMedia({ colorScheme: "dark" });
		await page.goto(ARTICLE);
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			"rgb(21, 22, 26)",
		);
		await page.emulateMedia({ colorScheme: "light", media: "print" });
		const shown = (selector: string) => page.locator(selector).first().isVisible();
		expect(await shown(".masthead")).toBe(false);
		expect(await shown(".rail")).toBe(false);
		expect(await shown(".share")).toBe(false);
		expect(await shown("h1")).toBe(true);
		expect(await page.getByRole("region", { name: "Meetings in this story" }).isVisible()).toBe(true);
		await page.emulateMedia({ media: "screen" });
	});

	it("shows the copy button only where a script can copy; the short link works without it", async () => {
		const { site } = running;
		await page.goto(ARTICLE);
		const button = page.getByRole("button", { name: "Copy link" });
		expect(await button.isVisible()).toBe(true);
		const href = (await page.locator("#short-url").getAttribute("href")) as string;
		const redirect = await site.fetch(new URL(href).pathname);
		expect(redirect.status).toBe(301);
		expect(redirect.headers.get("location")).toBe(ARTICLE);
		// The API's own short link lands on the site's article page too.
		const fromApi = await site.api.fetch(new URL(href).pathname, { redirect: "manual" });
		expect(fromApi.headers.get("location")).toBe(`${site.url}${ARTICLE}`);
	});
});
