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
import { postedDay, readPrintedTime, timestampLabel } from "./timestamps.js";

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

/** Where the publication time came from. */
export type PublishedFrom = "printed" | "metadata" | "given" | "dateline" | "post" | "unknown";

interface Times {
	publishedAt?: string;
	updatedAt?: string;
	zone: string;
	from: PublishedFrom;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

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
	const midnight = (day: string) => parse(options.zoneHint ? `${day}T00:00:00` : `${day}T00:00:00Z`);
	const printed = parts.timestamps.map(timestampLabel);
	const printedPublished = printed.find((stamp) => !stamp.updated)?.text;
	const metadata = parts.publishedIso;
	const fallbackStamp = options.published ? undefined : printed[0]?.text;
	let published: NewsTimestamp | undefined;
	let from: PublishedFrom = "unknown";
	let publishedText: string | undefined;
	if (printedPublished ?? (metadata === undefined ? fallbackStamp : undefined)) {
		publishedText = printedPublished ?? fallbackStamp;
		published = publishedText ? parse(publishedText) : undefined;
		from = "printed";
	} else if (metadata) {
		publishedText = metadata;
		published = DAY.test(metadata) ? midnight(metadata) : parse(metadata);
		from = "metadata";
	} else if (options.published && DAY.test(options.published)) {
		published = midnight(options.published);
		from = "given";
	} else if (parts.printedDay) {
		published = midnight(parts.printedDay);
		from = "dateline";
	} else {
		const posted = postedDay(parts.paragraphs);
		if (posted) {
			published = midnight(posted);
			from = "post";
		}
	}
	const updatedText =
		printed.find((stamp, index) => stamp.text !== publishedText && (stamp.updated || index > 0))?.text ??
		parts.updatedIso;
	const times: Times = { zone: options.zoneHint ?? published?.zone ?? "UTC", from };
	if (published) {
		times.publishedAt = published.iso;
		if (published.zone) times.zone = published.zone;
	}
	if (published && updatedText && updatedText !== publishedText) {
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

/** A page read as far as it goes: the article draft, and what the page lacked. */
export interface PageReading {
	/** The article; `publishedAt` is absent when neither the page nor the caller gives a publication time. */
	article: Omit<ArticleDraft, "publishedAt"> & { publishedAt?: string };
	/** Where `publishedAt` came from. */
	publishedFrom: PublishedFrom;
	/** What the page lacked and how it was read anyway, one line each. */
	warnings: string[];
}

// Stands in for a missing publication time while the rest of the draft is validated.
const STAND_IN_TIME = "2000-01-01T00:00:00Z";

function read(raw: string, options: ParsePageOptions): PageReading {
	assertReadablePage(raw);
	const parts = looksLikeHtml(raw) ? readHtmlPage(raw) : readTextPage(raw, options.zoneHint);
	if (!parts.headline) throw new PageParseError("no-headline", "the page has no headline");
	if (parts.paragraphs.length === 0) throw new PageParseError("no-body", "the page has no article text");
	assertEnglish(`${parts.headline}\n${parts.paragraphs.join("\n")}`);
	const times = readTimes(parts, options);
	const warnings: string[] = [];
	if (parts.headlineFromLead)
		warnings.push("the page prints no title line: the headline is made from its lead");
	if (parts.monthOnly && times.from !== "printed")
		warnings.push(`the page's date ${parts.monthOnly} names only a month: not used as the publication day`);
	if (times.from === "post")
		warnings.push(
			`the page prints no publication time: dates relative to it (yesterday, on Friday) are read against ${times.publishedAt?.slice(0, 10)}, the day of the post it quotes`,
		);
	if (!times.publishedAt)
		warnings.push(
			"the page prints no publication time and none was given: dates relative to it (yesterday, on Friday) stay empty",
		);
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
		...(parts.standfirst ? { standfirst: parts.standfirst } : {}),
		section,
		...(hero ? { hero } : {}),
		...(parts.byline ? { byline: parts.byline } : {}),
		...(parts.agencyCredit ? { agencyCredit: parts.agencyCredit } : {}),
		publishedAt: times.publishedAt ?? STAND_IN_TIME,
		...(times.updatedAt && times.publishedAt ? { updatedAt: times.updatedAt } : {}),
		zone: times.zone,
		body: toBody(parts),
	};
	const result = ArticleCreate.safeParse(candidate);
	if (!result.success)
		throw new PageParseError(
			"invalid",
			`the page does not make a valid article: ${describeFirstIssue(result.error)}`,
		);
	const { publishedAt, ...rest } = result.data;
	return {
		article: times.publishedAt ? { ...rest, publishedAt } : rest,
		publishedFrom: times.from,
		warnings,
	};
}

const asPageError = (error: unknown) =>
	error instanceof PageParseError
		? error
		: new PageParseError(
				"invalid",
				`cannot read the page: ${error instanceof Error ? error.message : String(error)}`,
			);

/**
 * Reads a raw news page (scraped text or HTML) as far as it goes: a page that prints no publication time
 * or no title line is still read, and `warnings` says what it lacked. The publication time comes from the
 * printed timestamp, the page's metadata (HTML meta, JSON-LD, a leading ` date YYYY-MM-DD`), `published`,
 * or a date printed under the title, in that order.
 * @throws {PageParseError} for empty, binary, oversized or non-English input, or a page without any text.
 * @example readPage("The two ministers met in Rome on Monday to talk about grain.").warnings.length; // 2
 */
export function readPage(raw: string, options: ParsePageOptions = {}): PageReading {
	try {
		return read(raw, options);
	} catch (error) {
		throw asPageError(error);
	}
}

/**
 * Turns a raw news page (scraped text or HTML) into an article draft validated by the domain schema.
 * Drops navigation, share and rail boilerplate, collapses repeated lines, reads the breadcrumb section,
 * headline, hero caption and credit, published/updated times, byline, agency credit and body paragraphs.
 * Use `readPage` to read a page that may print no publication time.
 * @throws {PageParseError} for empty, binary, oversized or non-English input, or a page without body or time.
 * @example parsePage("Headline\n30 Jun 2021 06:06:02 GMT9\n\nThe two ministers met on Tuesday.").publishedAt; // "2021-06-30T06:06:02+09:00"
 */
export function parsePage(raw: string, options: ParsePageOptions = {}): ArticleDraft {
	const { article } = readPage(raw, options);
	if (article.publishedAt === undefined)
		throw new PageParseError(
			"no-date",
			"the page prints no publication time; pass the published day (--published, or a sidecar file)",
		);
	return { ...article, publishedAt: article.publishedAt };
}
