import { type Article, bodyText, formatNewsTimestamp } from "@sidelines/domain";
import { absolute, articlePath } from "./paths.js";
import { element, escapeXml } from "./xml.js";

/** What a feed is about: the whole site, or one diplomat. */
export interface FeedChannel {
	title: string;
	description: string;
	/** The page the feed follows, as an absolute URL. */
	homeUrl: string;
	/** The feed's own absolute URL. */
	feedUrl: string;
	language?: string;
}

/**
 * An RSS 2.0 document listing articles, newest first as given.
 * @example rssFeed(channel, articles, "https://news.example").startsWith("<?xml"); // true
 */
export function rssFeed(channel: FeedChannel, articles: readonly Article[], siteUrl: string): string {
	const items = articles.map((article) => {
		const url = absolute(siteUrl, articlePath(article.slug));
		return [
			"<item>",
			element("title", article.headline),
			element("link", url),
			`<guid isPermaLink="true">${escapeXml(url)}</guid>`,
			element("pubDate", formatNewsTimestamp(article.publishedAt, "rfc2822")),
			...(article.standfirst ? [element("description", article.standfirst)] : []),
			...(article.byline ? [element("dc:creator", article.byline)] : []),
			element("category", article.section),
			"</item>",
		].join("");
	});
	const newest = articles[0];
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
		"<channel>",
		element("title", channel.title),
		element("link", channel.homeUrl),
		element("description", channel.description),
		element("language", channel.language ?? "en"),
		...(newest
			? [element("lastBuildDate", formatNewsTimestamp(newest.updatedAt ?? newest.publishedAt, "rfc2822"))]
			: []),
		`<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
		...items,
		"</channel>",
		"</rss>",
	].join("\n");
}

/**
 * A JSON Feed 1.1 document listing articles.
 * @example JSON.parse(jsonFeed(channel, articles, site)).version; // "https://jsonfeed.org/version/1.1"
 */
export function jsonFeed(channel: FeedChannel, articles: readonly Article[], siteUrl: string): string {
	return JSON.stringify({
		version: "https://jsonfeed.org/version/1.1",
		title: channel.title,
		home_page_url: channel.homeUrl,
		feed_url: channel.feedUrl,
		description: channel.description,
		language: channel.language ?? "en",
		items: articles.map((article) => ({
			id: article.id,
			url: absolute(siteUrl, articlePath(article.slug)),
			title: article.headline,
			...(article.standfirst ? { summary: article.standfirst } : {}),
			content_text: bodyText(article),
			date_published: article.publishedAt,
			...(article.updatedAt ? { date_modified: article.updatedAt } : {}),
			...(article.byline ? { authors: [{ name: article.byline }] } : {}),
			tags: [article.section, ...article.tags],
			language: article.language,
		})),
	});
}
