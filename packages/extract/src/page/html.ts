import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { isFurnitureLine, isNoiseLine, isRailLine } from "./boilerplate.js";
import { headlineFromLead, sameLine } from "./header.js";
import type { PageParts } from "./parts.js";
import { splitCredit } from "./text-page.js";

/** Whether the input is an HTML document rather than scraped text. */
export function looksLikeHtml(raw: string): boolean {
	const head = raw.slice(0, 2000).trimStart().toLowerCase();
	return (
		head.startsWith("<!doctype html") ||
		head.startsWith("<html") ||
		/<(head|body|article|p|div)[\s>]/.test(head)
	);
}

type LinkedDocument = ReturnType<typeof parseHTML>["document"];

const clean = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

function metaContent(document: LinkedDocument, selectors: string[]): string | undefined {
	for (const selector of selectors) {
		const value = clean(document.querySelector(selector)?.getAttribute("content"));
		if (value) return value;
	}
	return undefined;
}

interface JsonLdFields {
	datePublished?: string;
	dateModified?: string;
	headline?: string;
	section?: string;
}

function readJsonLd(document: LinkedDocument): JsonLdFields {
	const fields: JsonLdFields = {};
	for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
		let data: unknown;
		try {
			data = JSON.parse(script.textContent ?? "");
		} catch {
			continue;
		}
		const queue: unknown[] = [data];
		while (queue.length > 0) {
			const item = queue.shift();
			if (Array.isArray(item)) queue.push(...item);
			else if (item && typeof item === "object") {
				const record = item as Record<string, unknown>;
				if (Array.isArray(record["@graph"])) queue.push(...record["@graph"]);
				if (typeof record.datePublished === "string") fields.datePublished ??= record.datePublished;
				if (typeof record.dateModified === "string") fields.dateModified ??= record.dateModified;
				if (typeof record.headline === "string") fields.headline ??= record.headline;
				if (typeof record.articleSection === "string") fields.section ??= record.articleSection;
			}
		}
	}
	return fields;
}

/**
 * Reads an HTML page: metadata from <meta> and JSON-LD, main content through Readability.
 * Only text content is kept (scripts, styles and attributes never reach the result).
 */
export function readHtmlPage(html: string): PageParts {
	const { document } = parseHTML(html);
	for (const node of document.querySelectorAll(
		"script:not([type='application/ld+json']), style, noscript, template, iframe",
	)) {
		node.remove();
	}
	const jsonLd = readJsonLd(document);
	const parts: PageParts = { breadcrumb: [], timestamps: [], paragraphs: [] };
	const published =
		metaContent(document, [
			'meta[property="article:published_time"]',
			'meta[name="article:published_time"]',
			'meta[itemprop="datePublished"]',
		]) ?? jsonLd.datePublished;
	const updated =
		metaContent(document, ['meta[property="article:modified_time"]', 'meta[name="article:modified_time"]']) ??
		jsonLd.dateModified;
	if (published) parts.publishedIso = published;
	if (updated) parts.updatedIso = updated;
	const timeElement = document.querySelector("time[datetime]");
	if (!published && timeElement) parts.publishedIso = clean(timeElement.getAttribute("datetime"));
	const section = metaContent(document, ['meta[property="article:section"]']) ?? jsonLd.section;
	if (section) parts.breadcrumb = [section];
	const byline = metaContent(document, ['meta[name="author"]']);
	if (byline) parts.byline = byline;

	const figure = document.querySelector("article figure, figure");
	const figcaption = clean(figure?.querySelector("figcaption")?.textContent);
	const image = figure?.querySelector("img");
	const src = clean(image?.getAttribute("src"));
	// Only http(s) or root-relative images: data: and javascript: URLs never reach the article.
	if (src && (/^https?:\/\/\S+$/i.test(src) || /^\/(?!\/)\S*$/.test(src))) {
		parts.imageSrc = src;
		const alt = clean(image?.getAttribute("alt"));
		if (alt) parts.imageAlt = alt;
	}
	if (figcaption) {
		const { caption, credit } = splitCredit(figcaption);
		parts.caption = caption;
		if (credit) parts.credit = credit;
	}

	const siteName = metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
	const headline = [
		jsonLd.headline,
		metaContent(document, ['meta[property="og:title"]']),
		clean(document.querySelector("h1")?.textContent),
		clean(document.title),
	]
		.map((title) => (title ? withoutSiteName(title, siteName) : ""))
		.find((title) => title !== "" && !isFurnitureLine(title) && !(siteName && sameLine(title, siteName)));
	if (headline) parts.headline = headline;

	let container: { querySelectorAll: LinkedDocument["querySelectorAll"] } = document.body ?? document;
	try {
		const article = new Readability(document.cloneNode(true) as never, { charThreshold: 100 }).parse();
		if (article?.content)
			container = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body;
	} catch {
		// Readability gives up on unusual markup; the whole body is then read instead.
	}
	const headings = new Map<number, { level: 2 | 3 | 4; text: string }>();
	for (const node of container.querySelectorAll("p, blockquote, h2, h3, h4, li")) {
		if (node.tagName === "P" && node.closest("blockquote, li, figure")) continue;
		if (node.tagName === "LI" && node.closest("nav, header, footer")) continue;
		const text = clean(node.textContent);
		if (!text || isNoiseLine(text) || isFurnitureLine(text)) continue;
		if (isRailLine(text) && parts.paragraphs.length > 0) break;
		if (/^H[234]$/.test(node.tagName)) {
			headings.set(parts.paragraphs.length, { level: Number(node.tagName[1]) as 2 | 3 | 4, text });
			continue;
		}
		if (text === parts.caption || text === figcaption || text === headline) continue;
		if (/^\*\s*with\s+/i.test(text)) {
			parts.agencyCredit = text.replace(/^\*\s*with\s+/i, "");
			continue;
		}
		parts.paragraphs.push(text);
	}
	if (headings.size > 0) parts.headings = headings;
	const lead = parts.paragraphs[0];
	if (!parts.headline && lead) {
		parts.headline = headlineFromLead(lead);
		parts.headlineFromLead = true;
	}
	return parts;
}

/**
 * A page title without the site's name: "Talks in Rome | Example Times" -> "Talks in Rome". A short last
 * part after a bar or dash is taken for a site name even when the page does not declare one.
 */
function withoutSiteName(title: string, siteName: string | undefined): string {
	const parts = title.split(/\s+[|–—-]\s+/);
	const first = parts[0] ?? title;
	const last = parts.at(-1) ?? title;
	if (parts.length < 2) return title;
	if (siteName && sameLine(last, siteName))
		return title.slice(0, title.lastIndexOf(last)).replace(/\s+[|–—-]\s+$/, "");
	if (siteName && sameLine(first, siteName)) return title.slice(first.length).replace(/^\s+[|–—-]\s+/, "");
	const rest = title.slice(0, title.lastIndexOf(last)).replace(/\s+[|–—-]\s+$/, "");
	return last.split(/\s+/).length <= 3 && rest.split(/\s+/).length >= 4 && /\|/.test(title) ? rest : title;
}
