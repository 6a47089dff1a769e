// Callbacks passed to page.evaluate run in Chromium, against the DOM.
/// <reference lib="dom" />
import { materaArticle } from "@sidelines/domain/fixtures";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { jsonOf } from "../api/support/api.js";
import { siteAndBrowser } from "./support/site-and-browser.js";

/** What Chromium's XML parser finds in a document: parse errors, and the texts at a tag name. */
async function parseXml(
	page: Page,
	xml: string,
	tag: string,
): Promise<{ error: string | null; texts: string[] }> {
	return page.evaluate(
		([source, name]) => {
			const doc = new DOMParser().parseFromString(source as string, "application/xml");
			const error = doc.querySelector("parsererror")?.textContent ?? null;
			return {
				error,
				texts: [...doc.getElementsByTagName(name as string)].map((node) => node.textContent ?? ""),
			};
		},
		[xml, tag],
	);
}

describe("feeds, sitemaps and structured data", () => {
	const running = siteAndBrowser();
	let page: Page;
	const articleUrl = () => `${running.site.url}/articles/${materaArticle.slug}`;
	beforeAll(async () => {
		const { browser } = running;
		page = await browser.newPage();
	});

	it("RSS 2.0, site-wide and per diplomat, parse and list the demo article", async () => {
		const { site } = running;
		for (const path of ["/feed.xml", "/diplomats/motegi-toshimitsu/feed.xml"]) {
			const response = await site.fetch(path);
			expect(response.status).toBe(200);
			expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
			const xml = await response.text();
			const { error, texts } = await parseXml(page, xml, "link");
			expect(error, path).toBeNull();
			expect(texts).toContain(articleUrl());
			expect((await parseXml(page, xml, "pubDate")).texts).toContain("Wed, 30 Jun 2021 06:06:02 +0900");
		}
		const blinken = await (await site.fetch("/diplomats/antony-blinken/feed.xml")).text();
		expect((await parseXml(page, blinken, "title")).texts[0]).toBe("Sidelines: Antony Blinken");
		expect((await site.fetch("/diplomats/nobody-at-all/feed.xml")).status).toBe(404);
	});

	it("JSON Feed 1.1, site-wide and per diplomat, parse and list the demo article", async () => {
		const { site } = running;
		for (const path of ["/feed.json", "/diplomats/suga-yoshihide/feed.json"]) {
			const response = await site.fetch(path);
			expect(response.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
			const feed = await jsonOf(response);
			expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
			expect(feed.feed_url).toBe(`${site.url}${path}`);
			const item = feed.items.find((entry: { url: string }) => entry.url === articleUrl());
			expect(item, path).toMatchObject({
				title: materaArticle.headline,
				date_published: materaArticle.publishedAt,
			});
		}
	});

	it("sitemap.xml lists the article, its meetings, diplomats and occasion; robots.txt points to both sitemaps", async () => {
		const { site } = running;
		const xml = await (await site.fetch("/sitemap.xml")).text();
		const { error, texts } = await parseXml(page, xml, "loc");
		expect(error).toBeNull();
		expect(texts).toEqual(
			expect.arrayContaining([
				`${site.url}/`,
				`${site.url}/sections/japan`,
				articleUrl(),
				`${site.url}/meetings/mtg-suga-biden-2021-01`,
				`${site.url}/diplomats/motegi-toshimitsu`,
				`${site.url}/occasions/g20-fmm-matera-2021`,
			]),
		);
		const robots = await (await site.fetch("/robots.txt")).text();
		expect(robots).toContain(`Sitemap: ${site.url}/sitemap.xml`);
		expect(robots).toContain(`Sitemap: ${site.url}/news-sitemap.xml`);
	});

	it("the Google News sitemap holds the last 48 hours only: a story published now, not the 2021 one", async () => {
		const { site } = running;
		const { authorization } = await site.api.key(["write"]);
		const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
		const created = await site.api.fetch("/v1/articles", {
			method: "POST",
			headers: { authorization, "content-type": "application/json" },
			body: JSON.stringify({
				headline: "Ministers agree to meet again before the winter",
				section: "japan",
				publishedAt: now,
				zone: "Asia/Tokyo",
				status: "published",
				body: [{ type: "paragraph", text: "A short test story written for the news sitemap check." }],
			}),
		});
		expect(created.status).toBe(201);
		const { slug } = await jsonOf(created);
		const xml = await (await site.fetch("/news-sitemap.xml")).text();
		const { error, texts } = await parseXml(page, xml, "loc");
		expect(error).toBeNull();
		expect(texts).toContain(`${site.url}/articles/${slug}`);
		expect(texts).not.toContain(articleUrl());
		expect((await parseXml(page, xml, "news:title")).texts).toContain(
			"Ministers agree to meet again before the winter",
		);
	});

	it("JSON-LD parses on each page type with the properties search engines require", async () => {
		const { site } = running;
		const graphs = async (path: string) => {
			await page.goto(`${site.url}${path}`);
			const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
			return scripts.map((text) => JSON.parse(text));
		};
		const [article, articleCrumbs] = await graphs(`/articles/${materaArticle.slug}`);
		expect(article).toMatchObject({
			"@context": "https://schema.org",
			"@type": "NewsArticle",
			headline: materaArticle.headline,
			datePublished: "2021-06-30T06:06:02+09:00",
			dateline: "Tokyo",
			author: { name: "Arab News Japan" },
			publisher: {
				"@type": "NewsMediaOrganization",
				name: "Sidelines",
				logo: { url: `${site.url}/logo.png` },
			},
			image: [`${site.url}/card.png`],
		});
		expect(articleCrumbs).toMatchObject({
			"@type": "BreadcrumbList",
			itemListElement: [
				{ position: 1, name: "Home", item: `${site.url}/` },
				{ position: 2, name: "Japan", item: `${site.url}/sections/japan` },
				{ position: 3, name: materaArticle.headline, item: articleUrl() },
			],
		});
		const [meeting] = await graphs("/meetings/mtg-blinken-motegi-2021-06-29");
		expect(meeting).toMatchObject({
			"@type": "Event",
			startDate: "2021-06-29",
			location: { "@type": "Place", address: { addressLocality: "Matera", addressCountry: "IT" } },
			attendee: [{ name: "Antony Blinken" }, { name: "MOTEGI Toshimitsu" }],
		});
		const [person] = await graphs("/diplomats/motegi-toshimitsu");
		expect(person).toMatchObject({
			"@type": "Person",
			name: "Toshimitsu Motegi",
			alternateName: ["MOTEGI Toshimitsu", "茂木敏充"],
			nationality: { name: "Japan" },
		});
	});

	it("every page has a canonical URL, Open Graph and Twitter card tags", async () => {
		const { site } = running;
		await page.goto(`${site.url}/articles/${materaArticle.slug}`);
		const meta = (selector: string) => page.locator(selector).getAttribute("content");
		expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(articleUrl());
		expect(await meta('meta[property="og:type"]')).toBe("article");
		expect(await meta('meta[property="og:url"]')).toBe(articleUrl());
		expect(await meta('meta[property="og:title"]')).toBe(materaArticle.headline);
		expect(await meta('meta[property="og:image"]')).toBe(`${site.url}/card.png`);
		expect(await meta('meta[property="article:published_time"]')).toBe("2021-06-30T06:06:02+09:00");
		expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
		const image = await site.fetch("/card.png");
		expect(image.headers.get("content-type")).toBe("image/png");
	});
});
