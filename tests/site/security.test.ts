// Callbacks passed to page.evaluate run in Chromium, against the DOM.
/// <reference lib="dom" />
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf } from "../api/support/api.js";
import { visibleText } from "./support/browser.js";
import { editorOf } from "./support/editor.js";
import { siteAndBrowser } from "./support/site-and-browser.js";

/*
 * Payloads an editor's text could carry that the domain's "no HTML tags" rule lets through
 * (no closing ">" of a plain tag), each of which runs script if a page writes it out unescaped.
 */
const PAYLOADS = {
	headline: "Ministers talk <svg/onload=alert(1)> in Rome",
	standfirst: '"><img src=x onerror=alert(2)// a standfirst that breaks out of attributes',
	script: "<script/x>alert(3);window.pwned=3</script/x> a paragraph",
	link: "javascript:alert(4) is only text here",
	list: "<img src=x onerror=window.pwned=5//",
	caption: "<svg/onload=window.pwned=6>",
	byline: '" onmouseover="alert(7)',
};

describe("editor text is inert on every page", () => {
	const running = siteAndBrowser();
	let context: BrowserContext;
	let page: Page;
	let slug: string;
	const dialogs: string[] = [];
	const errors: string[] = [];
	beforeAll(async () => {
		const { site, browser } = running;
		const editor = await editorOf(site);
		const created = await editor.createArticle({
			headline: PAYLOADS.headline,
			standfirst: PAYLOADS.standfirst,
			section: "japan",
			byline: PAYLOADS.byline,
			agencyCredit: PAYLOADS.caption,
			publishedAt: "2021-07-01T09:00:00+09:00",
			zone: "Asia/Tokyo",
			status: "published",
			hero: { caption: PAYLOADS.caption, credit: PAYLOADS.link },
			body: [
				{ type: "paragraph", text: PAYLOADS.script },
				{ type: "quote", text: PAYLOADS.link, speaker: PAYLOADS.caption },
				{ type: "heading", level: 2, text: PAYLOADS.headline },
				{ type: "list", items: [PAYLOADS.list, PAYLOADS.standfirst] },
				{ type: "image", image: { caption: PAYLOADS.caption, credit: PAYLOADS.list } },
			],
		});
		slug = created.body.slug;
		// JavaScript on, as most readers have it: only the page's own script may run.
		context = await browser.newContext({ baseURL: site.url });
		page = await context.newPage();
		page.on("dialog", (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		page.on("pageerror", (error) => errors.push(error.message));
	});
	afterAll(async () => {
		await context?.close();
	});

	const hostile = () =>
		page.locator("svg[onload], img[onerror], [onmouseover], main script, a[href^='javascript:']");

	it.each([
		["the article", () => `/articles/${slug}`],
		["the home page", () => "/"],
		["the section", () => "/sections/japan"],
		["search results", () => "/search?q=Ministers%20talk%20Rome"],
	])("%s shows the payloads as text and runs none of them", async (_, path) => {
		await page.goto(path());
		await page.waitForTimeout(100);
		expect(dialogs).toEqual([]);
		expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
		// No element carries a handler or a script the editor wrote (so hovering or clicking runs nothing either).
		expect(await hostile().count()).toBe(0);
		expect(await visibleText(page.locator("main"))).toContain(PAYLOADS.headline);
	});

	it("prints every payload on the article page as the characters the editor typed", async () => {
		await page.goto(`/articles/${slug}`);
		expect(await visibleText(page.locator("h1"))).toBe(PAYLOADS.headline);
		const main = await visibleText(page.locator("main"));
		for (const text of Object.values(PAYLOADS)) expect(main).toContain(text.trim());
		expect(await page.locator('meta[name="description"]').getAttribute("content")).toBe(PAYLOADS.standfirst);
		const ld = JSON.parse(
			(await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "",
		);
		expect(ld.headline).toBe(PAYLOADS.headline);
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
	});

	it("sends a Content-Security-Policy that allows no inline script or style", async () => {
		const { site } = running;
		const response = await site.fetch(`/articles/${slug}`);
		const csp = response.headers.get("content-security-policy") ?? "";
		expect(csp).toContain("script-src 'self'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).not.toContain("unsafe-inline");
		expect(csp).not.toContain("unsafe-eval");
		expect(response.headers.get("x-content-type-options")).toBe("nosniff");
		// The policy is enforced: an inline script injected into the page does not run.
		await page.goto(`/articles/${slug}`);
		const ran = await page.evaluate(() => {
			const script = document.createElement("script");
			script.textContent = "window.inlineRan = true";
			document.body.append(script);
			return (window as { inlineRan?: boolean }).inlineRan === true;
		});
		expect(ran).toBe(false);
	});

	it("keeps the feeds well-formed with the payloads escaped", async () => {
		const { site } = running;
		const rss = await (await site.fetch("/feed.xml")).text();
		expect(rss).toContain("Ministers talk &lt;svg/onload=alert(1)&gt; in Rome");
		const feed = await jsonOf(await site.fetch("/feed.json"));
		expect(feed.items.map((item: { title: string }) => item.title)).toContain(PAYLOADS.headline);
	});
});
