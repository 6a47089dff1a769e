import {
	ArticleCreate,
	type BodyBlock,
	describeIssues,
	type NewsTimestamp,
	slugify,
} from "@sidelines/domain";
import { PageParseError } from "./errors.js";
import { assertEnglish, assertReadablePage } from "./guard.js";
import { looksLikeHtml, readHtmlPage } from "./html.js";
import type { PageParts } from "./parts.js";
import { toBodyBlock } from "./quotes.js";
import { readTextPage } from "./text-page.js";
import { readPrintedTime, timestampLabel } from "./timestamps.js";

/** Options for `parsePage`. */
export interface ParsePageOptions {
	/** IANA zone of the publication, for ambiguous or missing zones in printed times. */
	zoneHint?: string;
	/** `YYYY-MM-DD` publication day to use when the page prints no time. */
	published?: string;
}

/** An article draft as validated by the domain's `ArticleCreate` schema (defaults applied). */
export type ArticleDraft = ReturnType<typeof ArticleCreate.parse>;

const DEFAULT_SECTION = "news";

interface Times {
	publishedAt: string;
	updatedAt?: string;
	zone: string;
}

function readTimes(parts: PageParts, options: ParsePageOptions): Times {
	const parse = (text: string) => {
		try {
			return readPrintedTime(text, options.zoneHint);
		} catch (error) {
			throw new PageParseError(
				"no-date",
				`cannot read the page's time: ${error instanceof Error ? error.message : String(error)}`,
			);
		}
	};
	const printed = parts.timestamps.map(timestampLabel);
	const publishedText =
		printed.find((stamp) => !stamp.updated)?.text ??
		parts.publishedIso ??
		(options.published ? undefined : printed[0]?.text);
	let published: NewsTimestamp;
	if (publishedText) published = parse(publishedText);
	else if (options.published && /^\d{4}-\d{2}-\d{2}$/.test(options.published)) {
		published = parse(options.zoneHint ? `${options.published}T00:00:00` : `${options.published}T00:00:00Z`);
	} else throw new PageParseError("no-date", "the page prints no publication time; pass the published day");
	const updatedText =
		printed.find((stamp, index) => stamp.text !== publishedText && (stamp.updated || index > 0))?.text ??
		parts.updatedIso;
	const times: Times = { publishedAt: published.iso, zone: options.zoneHint ?? published.zone ?? "UTC" };
	if (published.zone) times.zone = published.zone;
	if (updatedText && updatedText !== publishedText) {
		const updated = parse(updatedText);
		if (Date.parse(updated.iso) >= Date.parse(published.iso)) times.updatedAt = updated.iso;
	}
	return times;
}

function toBody(parts: PageParts): BodyBlock[] {
	const blocks: BodyBlock[] = [];
	parts.paragraphs.forEach((paragraph, index) => {
		const heading = parts.headings?.get(index);
		if (heading) blocks.push({ type: "heading", level: heading.level, text: heading.text });
		blocks.push(toBodyBlock(paragraph));
	});
	return blocks;
}

function describeFirstIssue(error: Parameters<typeof describeIssues>[0]): string {
	const issue = describeIssues(error)[0];
	return issue ? `${issue.path || "article"}: ${issue.message}` : "invalid";
}

function build(raw: string, options: ParsePageOptions): ArticleDraft {
	assertReadablePage(raw);
	const parts = looksLikeHtml(raw) ? readHtmlPage(raw) : readTextPage(raw, options.zoneHint);
	if (!parts.headline) throw new PageParseError("no-headline", "the page has no headline");
	if (parts.paragraphs.length === 0) throw new PageParseError("no-body", "the page has no article text");
	assertEnglish(`${parts.headline}\n${parts.paragraphs.join("\n")}`);
	const times = readTimes(parts, options);
	const section = slugify(parts.breadcrumb.at(-1) ?? "") || DEFAULT_SECTION;
	const hero =
		parts.caption || parts.credit || parts.imageSrc
			? {
					...(parts.imageSrc
						? { src: parts.imageSrc, alt: parts.imageAlt ?? parts.caption ?? parts.headline }
						: {}),
					...(parts.caption ? { caption: parts.caption } : {}),
					...(parts.credit ? { credit: parts.credit } : {}),
				}
			: undefined;
	const candidate = {
		slug: slugify(parts.headline) || undefined,
		headline: parts.headline,
		section,
		...(hero ? { hero } : {}),
		...(parts.byline ? { byline: parts.byline } : {}),
		...(parts.agencyCredit ? { agencyCredit: parts.agencyCredit } : {}),
		publishedAt: times.publishedAt,
		...(times.updatedAt ? { updatedAt: times.updatedAt } : {}),
		zone: times.zone,
		body: toBody(parts),
	};
	const result = ArticleCreate.safeParse(candidate);
	if (!result.success)
		throw new PageParseError(
			"invalid",
			`the page does not make a valid article: ${describeFirstIssue(result.error)}`,
		);
	return result.data;
}

/**
 * Turns a raw news page (scraped text or HTML) into an article draft validated by the domain schema.
 * Drops navigation, share and rail boilerplate, collapses repeated lines, reads the breadcrumb section,
 * headline, hero caption and credit, published/updated times, byline, agency credit and body paragraphs.
 * @throws {PageParseError} for empty, binary, oversized or non-English input, or a page without headline, body or time.
 * @example parsePage("Headline\n30 Jun 2021 06:06:02 GMT9\n\nThe two ministers met on Tuesday.").publishedAt; // "2021-06-30T06:06:02+09:00"
 */
export function parsePage(raw: string, options: ParsePageOptions = {}): ArticleDraft {
	try {
		return build(raw, options);
	} catch (error) {
		if (error instanceof PageParseError) throw error;
		throw new PageParseError(
			"invalid",
			`cannot read the page: ${error instanceof Error ? error.message : String(error)}`,
		);
	}
}
