import type { APIRoute } from "astro";
import { env } from "../env.js";
import { everyItem } from "../lib/api.js";
import { articlePath, diplomatPath, meetingPath, occasionPath, sectionPath } from "../lib/paths.js";
import { sitemap } from "../lib/sitemaps.js";

// A sitemap file holds at most 50,000 URLs; articles take up to 40,000 of them (400 pages of 100).
const ARTICLE_PAGES = 400;

export const GET: APIRoute = async ({ locals: { reader } }) => {
	const [sections, articles, diplomats, meetings, occasions] = await Promise.all([
		reader.sections(),
		everyItem((page) => reader.articles(page), ARTICLE_PAGES),
		everyItem((page) => reader.diplomatPage(page)),
		everyItem((page) => reader.meetings(page)),
		everyItem((page) => reader.occasions(page)),
	]);
	const xml = sitemap(env.siteUrl, [
		{ path: "/", lastmod: articles[0]?.updatedAt ?? articles[0]?.publishedAt },
		...sections.map((section) => ({ path: sectionPath(section.slug) })),
		...articles.map((article) => ({
			path: articlePath(article.slug),
			lastmod: article.updatedAt ?? article.publishedAt,
		})),
		...meetings.map((meeting) => ({ path: meetingPath(meeting.id) })),
		...diplomats.map((diplomat) => ({ path: diplomatPath(diplomat.id) })),
		...occasions.map((occasion) => ({ path: occasionPath(occasion.id) })),
		{ path: "/network" },
		{ path: "/timeline" },
	]);
	return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8" } });
};
