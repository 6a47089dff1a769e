import { isFurnitureLine, isNoiseLine, isRailLine, isSocialLine } from "./boilerplate.js";
import {
	bylineOf,
	headlineFromLead,
	isDatelineLine,
	isPhotoCaption,
	isSectionLabel,
	isTagline,
	isTitleLike,
	readDatePrefix,
	sameLine,
	splitLeadingByline,
} from "./header.js";
import type { PageParts } from "./parts.js";
import { isTimestampLine, readDateLine } from "./timestamps.js";

const BULLET = /^\s*[•·▪‣◦*-]\s+(.+)$/;
const AGENCY =
	/^\*\s*with\s+(.{2,100})$|^\(?\s*with\s+(AFP|AP|Reuters|JIJI Press|Kyodo|Xinhua|Yonhap|SPA|WAM|dpa|ANSA)\s*\)?$/i;
const CREDIT = /^(.*\S)\s*\(([^()]{2,100})\)\s*$/;

/** Makes line breaks and spaces uniform and drops invisible characters. */
function normaliseText(raw: string): string {
	return raw
		.replace(/^\uFEFF/, "")
		.replace(/\r\n?/g, "\n")
		.replace(/[\u00A0\u2007\u202F]/g, " ")
		.replace(/[\u200B-\u200D\u2060]/g, "")
		.replace(/[ \t]+$/gm, "");
}

/** Splits a caption with a trailing "(Credit)" into its parts. */
export function splitCredit(line: string): { caption: string; credit?: string } {
	const match = CREDIT.exec(line);
	if (match?.[1] && match[2]) return { caption: match[1], credit: match[2].trim() };
	return { caption: line };
}

function looksLikeByline(line: string): boolean {
	const words = line.split(/\s+/);
	return line.length <= 80 && words.length <= 8 && !/[.!?:;”"]$/.test(line) && /^\p{Lu}/u.test(line);
}

/** Groups lines into paragraphs: one per line when lines end sentences, joined when the scrape hard-wrapped them. */
function toParagraphs(lines: string[]): string[] {
	const paragraphs: string[] = [];
	let group: string[] = [];
	const flush = () => {
		if (group.length === 0) return;
		const wrapped = group.some((line, index) => index < group.length - 1 && !/[.!?:”"')\]]$/.test(line));
		if (wrapped) paragraphs.push(group.join(" ").replace(/\s+/g, " "));
		else paragraphs.push(...group);
		group = [];
	};
	for (const line of lines) {
		if (line.trim() === "") flush();
		else group.push(line.trim());
	}
	flush();
	return paragraphs;
}

/** Lines scanned for a timestamp before deciding the page has no header block. */
const HEADER_LINES = 12;
const BREADCRUMB = /^home\s*[>›»/|]/i;

interface Header {
	/** Index of the first line after the header. */
	end: number;
	/** Title-like candidates and other lines of the header, in order. */
	lines: string[];
	bullets: string[];
	caption?: string;
}

/**
 * Reads the header block: furniture, breadcrumb, section label, byline, timestamps and date lines are
 * taken out; what is left is the title, a caption or standfirst, and (on pages with no title) the lead.
 */
function readHeader(lines: string[], parts: PageParts, zoneHint: string | undefined): Header {
	const nonBlank = lines.flatMap((line, index) => (line.trim() === "" ? [] : [index]));
	const firstStamp = nonBlank
		.slice(0, HEADER_LINES)
		.find(
			(index) => isTimestampLine(lines[index]?.trim() ?? "", zoneHint) || readDateLine(lines[index] ?? ""),
		);
	const header: Header = { end: lines.length, lines: [], bullets: [] };
	for (let position = 0; position < nonBlank.length; position++) {
		const index = nonBlank[position] ?? 0;
		const line = lines[index] ?? "";
		const trimmed = line.trim();
		if (firstStamp !== undefined && index >= firstStamp) {
			header.end = index;
			return header;
		}
		const bullet = BULLET.exec(line);
		if (bullet?.[1]) {
			if (!isSocialLine(bullet[1]) && !isFurnitureLine(bullet[1])) header.bullets.push(bullet[1].trim());
			continue;
		}
		if (BREADCRUMB.test(trimmed)) {
			header.bullets.push(
				"Home",
				...trimmed
					.split(/\s*[>›»/|]\s*/)
					.slice(1)
					.filter(Boolean),
			);
			continue;
		}
		if (isNoiseLine(trimmed) || isFurnitureLine(trimmed)) continue;
		const byline = bylineOf(trimmed);
		if (byline) {
			parts.byline ??= byline;
			continue;
		}
		if (isPhotoCaption(trimmed)) {
			header.caption ??= trimmed;
			continue;
		}
		const nextIndex = nonBlank.slice(position + 1).find((later) => !isFurnitureLine(lines[later] ?? ""));
		const next = nextIndex === undefined ? undefined : lines[nextIndex]?.trim();
		// Above the title: a section label ("Politics") or a site motto.
		if (header.lines.length === 0 && (isSectionLabel(trimmed) || isTagline(trimmed, next))) {
			if (isSectionLabel(trimmed)) header.bullets.push(trimmed);
			continue;
		}
		if (header.lines.some((kept) => sameLine(kept, trimmed))) continue;
		header.lines.push(trimmed);
		// With no timestamp ahead, the header ends at the title, or at the lead of a page without one.
		if (firstStamp === undefined) {
			header.end = index + 1;
			return header;
		}
	}
	return header;
}

/**
 * Reads a page scraped as plain text (navigation bullets, headline, caption, timestamps, byline, body, rail)
 * or the simpler form headline / timestamp / blank line / paragraphs. A page with no title line gets a
 * headline made from its lead, which stays in the body; site furniture is dropped wherever it stands.
 */
export function readTextPage(text: string, zoneHint?: string): PageParts {
	const prefix = readDatePrefix(normaliseText(text));
	const all = prefix.text.split("\n");
	const lines: string[] = [];
	for (const line of all) {
		const trimmed = line.trim();
		if (isRailLine(trimmed) && lines.some((kept) => kept.trim() !== "")) break;
		// The scrape repeats some lines (caption, timestamps) back to back: keep one.
		const previous = [...lines].reverse().find((kept) => kept.trim() !== "");
		if (trimmed !== "" && previous !== undefined && previous.trim() === trimmed) continue;
		lines.push(line);
	}

	const parts: PageParts = { breadcrumb: [], timestamps: [], paragraphs: [] };
	if (prefix.day) parts.publishedIso = prefix.day;
	if (prefix.month) parts.monthOnly = prefix.month;
	const header = readHeader(lines, parts, zoneHint);

	const crumbs = header.bullets[0]?.toLowerCase() === "home" ? header.bullets.slice(1) : header.bullets;
	const titleInCrumbs = crumbs.findLast((crumb) => header.lines.some((line) => sameLine(line, crumb)));
	const lastCrumb = crumbs.at(-1);
	let headline = titleInCrumbs ?? header.lines.find(isTitleLike);
	if (
		!headline &&
		header.lines.length === 0 &&
		lastCrumb &&
		isTitleLike(lastCrumb) &&
		lastCrumb.split(" ").length >= 4
	)
		headline = lastCrumb;
	parts.breadcrumb = crumbs.filter((crumb) => crumb !== headline);
	let index = header.end;
	const lead = header.lines.find((line) => line !== headline && !sameLine(line, headline ?? ""));
	if (!headline && header.lines[0]) {
		// No title line: the lead makes the headline and stays the first paragraph.
		headline = headlineFromLead(header.lines[0]);
		parts.headlineFromLead = true;
		index = lines.findIndex((line) => line.trim() === header.lines[0]);
	} else if (lead !== undefined && header.caption === undefined && !isTitleLike(lead)) {
		header.caption = lead;
	} else if (lead !== undefined && isTitleLike(lead) && lead.split(/\s+/).length >= 6) {
		parts.standfirst = lead;
	}
	if (headline) parts.headline = headline;
	if (header.caption) {
		const { caption, credit } = splitCredit(header.caption);
		parts.caption = caption;
		if (credit) parts.credit = credit;
	}

	const rest: string[] = [];
	for (; index < lines.length; index++) {
		const line = (lines[index] ?? "").trim();
		// A lead made headline is the first paragraph: the timestamp may still follow it.
		const atTop = rest.filter(Boolean).length <= (parts.headlineFromLead ? 1 : 0);
		if (line !== "" && atTop && isTimestampLine(line, zoneHint)) {
			if (!parts.timestamps.includes(line)) parts.timestamps.push(line);
			continue;
		}
		if (line !== "" && atTop) {
			const day = readDateLine(line);
			if (day) {
				parts.printedDay ??= day;
				continue;
			}
			if (headline && sameLine(line, headline) && !parts.headlineFromLead) continue;
			if (isFurnitureLine(line) || (!headline && isMenuLabel(line))) continue;
			const byline = bylineOf(line);
			if (byline) {
				parts.byline ??= byline;
				continue;
			}
			if (isPhotoCaption(line) && !parts.caption) {
				const { caption, credit } = splitCredit(line);
				parts.caption = caption;
				if (credit) parts.credit = credit;
				continue;
			}
		}
		if (line !== "" && (isNoiseLine(line) || BULLET.test(lines[index] ?? ""))) continue;
		const agency = AGENCY.exec(line);
		if (agency) {
			parts.agencyCredit = (agency[1] ?? agency[2] ?? "").trim();
			continue;
		}
		rest.push(line);
	}
	const paragraphs = joinDatelines(toParagraphs(rest));
	if (!parts.headline && paragraphs[0] !== undefined) takeHeadlineFromBody(parts, paragraphs);
	const first = paragraphs[0];
	if (first !== undefined && paragraphs.length > 1 && looksLikeByline(first)) {
		parts.byline = first;
		paragraphs.shift();
	}
	const glued = paragraphs[0] === undefined ? undefined : splitLeadingByline(paragraphs[0]);
	if (glued?.byline) {
		parts.byline ??= glued.byline;
		paragraphs[0] = glued.text;
	}
	parts.paragraphs = paragraphs;
	return parts;
}

/** "All news", "Politics": a menu entry or section label of a few words above the story, not article text. */
function isMenuLabel(line: string): boolean {
	return line.split(/\s+/).length <= 3 && !/[.!?:;,"“”]/.test(line) && !isDatelineLine(line);
}

/**
 * A page whose header held only furniture: its title is the first body line when that reads as one (and
 * leaves the body), else a headline is made from the lead, which stays the first paragraph.
 */
function takeHeadlineFromBody(parts: PageParts, paragraphs: string[]): void {
	const first = paragraphs[0] ?? "";
	if (isTitleLike(first) && paragraphs.length > 1) {
		parts.headline = first;
		paragraphs.shift();
		return;
	}
	parts.headline = headlineFromLead(first);
	parts.headlineFromLead = true;
}

/** "TOKYO" on its own line before the first paragraph becomes that paragraph's dateline. */
function joinDatelines(paragraphs: string[]): string[] {
	const first = paragraphs[0];
	const second = paragraphs[1];
	if (first === undefined || second === undefined || !isDatelineLine(first)) return paragraphs;
	return [`${first} — ${second}`, ...paragraphs.slice(2)];
}
