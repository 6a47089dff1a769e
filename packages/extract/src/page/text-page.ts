import { isNoiseLine, isRailLine, isSocialLine } from "./boilerplate.js";
import type { PageParts } from "./parts.js";
import { isTimestampLine } from "./timestamps.js";

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

/**
 * Reads a page scraped as plain text (navigation bullets, headline, caption, timestamps, byline, body, rail)
 * or the simpler form headline / timestamp / blank line / paragraphs.
 */
export function readTextPage(text: string, zoneHint?: string): PageParts {
	const all = normaliseText(text).split("\n");
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
	const bullets: string[] = [];
	const header: string[] = [];
	let index = 0;
	for (; index < lines.length; index++) {
		const line = lines[index] ?? "";
		const trimmed = line.trim();
		if (trimmed === "") continue;
		if (isTimestampLine(trimmed, zoneHint)) break;
		const bullet = BULLET.exec(line);
		if (bullet?.[1]) {
			if (!isSocialLine(bullet[1])) bullets.push(bullet[1].trim());
			continue;
		}
		if (isNoiseLine(trimmed)) continue;
		header.push(trimmed);
	}
	const sawTimestamp = index < lines.length;
	if (!sawTimestamp) {
		// No timestamp: the first line is the headline and the rest is body.
		index = 0;
		header.length = 0;
		while (index < lines.length && (lines[index] ?? "").trim() === "") index++;
		const first = (lines[index] ?? "").trim();
		if (first) header.push(first);
		index++;
	}

	const crumbs = bullets[0]?.toLowerCase() === "home" ? bullets.slice(1) : bullets;
	const headlineFromCrumbs =
		crumbs.length > 0 && header.includes(crumbs.at(-1) ?? "") ? crumbs.at(-1) : undefined;
	parts.breadcrumb = headlineFromCrumbs ? crumbs.slice(0, -1) : crumbs;
	const headline = headlineFromCrumbs ?? header[0];
	if (headline) parts.headline = headline;
	const captionLine = header.find((line) => line !== headline);
	if (captionLine) {
		const { caption, credit } = splitCredit(captionLine);
		parts.caption = caption;
		if (credit) parts.credit = credit;
	}

	const rest: string[] = [];
	for (; index < lines.length; index++) {
		const line = (lines[index] ?? "").trim();
		if (line !== "" && isTimestampLine(line, zoneHint) && rest.every((kept) => kept === "")) {
			if (!parts.timestamps.includes(line)) parts.timestamps.push(line);
			continue;
		}
		if (line !== "" && (isNoiseLine(line) || BULLET.test(lines[index] ?? ""))) continue;
		const agency = AGENCY.exec(line);
		if (agency) {
			parts.agencyCredit = (agency[1] ?? agency[2] ?? "").trim();
			continue;
		}
		rest.push(line);
	}
	const paragraphs = toParagraphs(rest);
	const first = paragraphs[0];
	if (first !== undefined && paragraphs.length > 1 && looksLikeByline(first)) {
		parts.byline = first;
		paragraphs.shift();
	}
	parts.paragraphs = paragraphs;
	return parts;
}
