import type { Article } from "@sidelines/domain";
import { absolute, articlePath } from "./paths.js";
import { element, escapeXml } from "./xml.js";

/** One URL in a sitemap, with its last change when known. */
export interface SitemapEntry {
	path: string;
	lastmod?: string | undefined;
}

/**
 * A sitemaps.org `urlset` document.
 * @example sitemap(site, [{ path: "/" }]).includes("<loc>"); // true
 */
export function sitemap(siteUrl: string, entries: readonly SitemapEntry[]): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...entries.map(
			(entry) =>
				`<url>${element("loc", absolute(siteUrl, entry.path))}${entry.lastmod ? element("lastmod", entry.lastmod) : ""}</url>`,
		),
		"</urlset>",
	].join("\n");
}

/**
 * A Google News sitemap of the articles given (the caller keeps it to the last 48 hours).
 * @example newsSitemap(site, "Sidelines", articles).includes("<news:publication_date>"); // true
 */
export function newsSitemap(siteUrl: string, publication: string, articles: readonly Article[]): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
		...articles.map((article) =>
			[
				"<url>",
				element("loc", absolute(siteUrl, articlePath(article.slug))),
				"<news:news><news:publication>",
				element("news:name", publication),
				element("news:language", article.language),
				"</news:publication>",
				element("news:publication_date", article.publishedAt),
				`<news:title>${escapeXml(article.headline)}</news:title>`,
				"</news:news></url>",
			].join(""),
		),
		"</urlset>",
	].join("\n");
}

/**
 * The day a news sitemap starts: 48 hours before `now`, as an ISO instant.
 * @example newsWindowStart(new Date("2021-06-30T12:00:00Z")); // "2021-06-28T12:00:00.000Z"
 */
export const newsWindowStart = (now: Date) => new Date(now.getTime() - 48 * 3_600_000).toISOString();
