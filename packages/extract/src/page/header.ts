import { foldName } from "@sidelines/domain";

/** Longest headline made from a lead sentence; real headlines rarely run longer. */
export const DERIVED_HEADLINE_MAX = 120;

/** A ` date YYYY-MM-DD` (or ` date YYYY-MM`) line prefix that some scrapes put before the page text. */
const DATE_PREFIX = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)[ \t]*/;

/**
 * Splits a leading ` date YYYY-MM-DD` prefix from the text. `day` is set only for a full day:
 * a month alone is not a publication day.
 * @example readDatePrefix(" date 2024-05-02 TOKYO - The ministers met.").day; // "2024-05-02"
 */
export function readDatePrefix(text: string): { day?: string; month?: string; text: string } {
	const match = DATE_PREFIX.exec(text);
	if (!match?.[1]) return { text };
	const rest = text.slice(match[0].length);
	return match[1].length === 10 ? { day: match[1], text: rest } : { month: match[1], text: rest };
}

/** Whether two lines say the same thing, case, accents and punctuation aside (a repeated title). */
export function sameLine(a: string, b: string): boolean {
	return foldName(a) === foldName(b);
}

/** A short label line above the title: "Politics", "Press Releases", "News". */
export function isSectionLabel(line: string): boolean {
	const words = line.split(/\s+/);
	return words.length <= 2 && line.length <= 25 && !/[\d.!?:;,]/.test(line) && /^\p{Lu}/u.test(line);
}

/** "By Jane Doe", "by Jane Doe and John Roe": a byline on its own line. */
export function bylineOf(line: string): string | undefined {
	const match = /^by\s+(\p{Lu}[\p{L}'’.-]*(?:[\s,]+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,5})$/iu.exec(line.trim());
	return match?.[1] && /^\p{Lu}/u.test(match[1]) ? match[1] : undefined;
}

/** "By Jane Doe. The ministers met..." : a byline glued to the first sentence. */
export function splitLeadingByline(paragraph: string): { byline?: string; text: string } {
	const match = /^by\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\.\s+(?=\p{Lu})/u.exec(paragraph);
	if (!match?.[1]) return { text: paragraph };
	return { byline: match[1], text: paragraph.slice(match[0].length) };
}

const PHOTO_CREDIT =
	/\(([^()]*(?:photo|image|picture|\bpic\b|\bfile\b|\/|@|getty|afp|reuters|\bap\b|epa|xinhua)[^()]*)\)\s*$/i;

/** A photo caption: it credits a photo ("(Photo: ...)", "(Twitter/@handle)", "Stock photo: ..."). */
export function isPhotoCaption(line: string): boolean {
	return line.length <= 300 && (PHOTO_CREDIT.test(line) || /\b(?:stock )?photo\s*:\s*\S/i.test(line));
}

/** "TOKYO", "NEW DELHI": a dateline printed on a line of its own. */
export function isDatelineLine(line: string): boolean {
	return /^\p{Lu}[\p{Lu} .'-]{2,30}$/u.test(line) && !/\s{2}/.test(line);
}

/**
 * Whether a line reads as a title: a few words to a couple of lines, not ending like a sentence or a clause.
 * @example isTitleLike("Lisbon and Dakar sign fisheries pact after talks"); // true
 * @example isTitleLike("The two ministers met in Lisbon on Monday to discuss fisheries."); // false
 */
export function isTitleLike(line: string): boolean {
	const words = line.split(/\s+/).length;
	return line.length <= 200 && words >= 3 && words <= 30 && !/[.,;:][”"’)\]]*$/.test(line);
}

/** A short sentence line that is a site's motto rather than article text ("Better news for all."). */
export function isTagline(line: string, next: string | undefined): boolean {
	if (next === undefined || !isTitleLike(next)) return false;
	const words = line.split(/\s+/).length;
	// A motto ("Better news for all."), or a few words over a longer title ("Global view Local voices").
	return (
		(words <= 7 && /\.$/.test(line)) ||
		(words <= 4 && isTitleLike(line) && next.split(/\s+/).length > words + 3)
	);
}

const SHORT_WORDS = new Set([
	"mr",
	"mrs",
	"ms",
	"dr",
	"st",
	"gen",
	"lt",
	"col",
	"sen",
	"rep",
	"gov",
	"prof",
	"jr",
	"sr",
	"no",
	"vs",
	"u.s",
	"u.k",
	"u.n",
	"h.e",
]);
const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?$/i;

/** The dateline that opens a lead ("CITY, Country (Agency) – "), or "" when the lead has none. */
function datelineOf(lead: string): string {
	const separator = /\s*(?:[—–]|\s-|:(?=\s)|\/[A-Z]{2,10}\/)\s*/gu;
	for (let match = separator.exec(lead); match && match.index <= 80; match = separator.exec(lead)) {
		const before = lead.slice(0, match.index).trim();
		if (before === "") continue;
		const words = before.split(/\s+/);
		const allNamed = words.every(
			(word) => /^[\p{Lu}\d([/]/u.test(word) || MONTH_WORD.test(word) || /^[-–)\]]+$/.test(word),
		);
		return allNamed ? lead.slice(0, match.index + match[0].length) : "";
	}
	return "";
}

/** The first sentence of a paragraph, not cut at "Mr." or an initial. */
function firstSentence(text: string): string {
	const boundary = /[.!?][”"’)]*(?=\s+[\p{Lu}“"‘(])/gu;
	for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
		const before = text.slice(0, match.index);
		const lastWord = (before.split(/\s+/).at(-1) ?? "").toLowerCase();
		if (SHORT_WORDS.has(lastWord) || /^\p{L}$/u.test(lastWord)) continue;
		return text.slice(0, match.index + 1);
	}
	return text;
}

/**
 * A headline for a page that prints none, made from its lead: the dateline dropped, the first sentence,
 * cut at a clause or word boundary to at most {@link DERIVED_HEADLINE_MAX} characters.
 * @example headlineFromLead("TOKYO – The two ministers met on Monday. They spoke for an hour."); // "The two ministers met on Monday"
 */
export function headlineFromLead(lead: string): string {
	const sentence = firstSentence(lead.slice(datelineOf(lead).length).trim())
		.replace(/[.!?,;:]$/, "")
		.trim();
	if (sentence.length <= DERIVED_HEADLINE_MAX) return sentence;
	const window = sentence.slice(0, DERIVED_HEADLINE_MAX);
	const clauses = [...window.matchAll(/,\s|\s[—–-]\s|;\s|\s\(/g)].map((match) => match.index ?? 0);
	const clause = clauses.filter((index) => index >= 50).at(-1);
	if (clause !== undefined) return sentence.slice(0, clause).trim();
	const space = window.lastIndexOf(" ", DERIVED_HEADLINE_MAX - 1);
	return `${sentence.slice(0, space > 40 ? space : DERIVED_HEADLINE_MAX - 1).trim()}…`;
}
