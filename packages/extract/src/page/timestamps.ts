import { type NewsTimestamp, parseNewsTimestamp, TimestampParseError } from "@sidelines/domain";

const LABEL = /^(published|updated|last updated|posted|first published)\s*(on|at)?\s*:?\s*/i;

/** Zone abbreviations the domain parser does not resolve, read as English-language news uses them. */
const ZONE_WORDS: Record<string, string> = {
	ET: "America/New_York",
	CT: "America/Chicago",
	MT: "America/Denver",
	PT: "America/Los_Angeles",
	IST: "Asia/Kolkata",
	CAT: "Africa/Maputo",
	WAT: "Africa/Lagos",
	SAST: "Africa/Johannesburg",
	NPT: "Asia/Kathmandu",
	MYT: "Asia/Kuala_Lumpur",
	NZST: "Pacific/Auckland",
	NZDT: "Pacific/Auckland",
	AEST: "Australia/Sydney",
	AEDT: "Australia/Sydney",
	GST: "Asia/Dubai",
	AST: "Asia/Riyadh",
	BST: "Europe/London",
	CST: "Asia/Shanghai",
	BEIJING: "Asia/Shanghai",
	DELHI: "Asia/Kolkata",
	"NEW DELHI": "Asia/Kolkata",
	WASHINGTON: "America/New_York",
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
	"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const pad = (value: number) => String(value).padStart(2, "0");

function zoneNames(): string[] {
	try {
		return Intl.supportedValuesOf("timeZone");
	} catch {
		return [];
	}
}

/** The IANA zone a printed zone word or "(City)" names, when the domain parser cannot read it. */
function zoneFromWords(text: string): string | undefined {
	const words = text.toUpperCase().match(/[A-Z]+(?:\s+[A-Z]+)?/g) ?? [];
	for (const word of words.reverse()) {
		const known = ZONE_WORDS[word] ?? ZONE_WORDS[word.split(" ").at(-1) ?? ""];
		if (known) return known;
	}
	const city = /\(([A-Za-z ]+?)(?:\s+time)?\)|\b([A-Z][a-z]+)\s+time\b/.exec(text);
	const name = (city?.[1] ?? city?.[2])?.trim().replace(/\s+/g, "_");
	if (name) return zoneNames().find((zone) => zone.endsWith(`/${name}`));
	return undefined;
}

interface Local {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

/** "8 July 2022", "July 8th, 2022": a date with its month named (groups: day, month, year | month, day, year). */
const NAMED_DATE = `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(\\d{4}))`;

/** Year, month and day of a {@link NAMED_DATE} match. */
function namedParts(match: RegExpMatchArray): [number, number, number] {
	const month = MONTHS.indexOf((match[2] ?? match[4] ?? "").slice(0, 3).toLowerCase()) + 1;
	return [Number(match[3] ?? match[6]), month, Number(match[1] ?? match[5])];
}

/** The first calendar date printed in a text (year-month-day, day-first numeric or with a month name). */
function readDate(text: string): { year: number; month: number; day: number; printed: string } | undefined {
	const ymd = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(text);
	const dmy = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/.exec(text);
	const named = new RegExp(`\\b${NAMED_DATE}`, "i").exec(text);
	let parts: [number, number, number] | undefined;
	if (ymd) parts = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
	else if (dmy) {
		// Numeric day-first dates (21.09.2022, 14-05-2023); a first number above 12 cannot be a month anyway.
		parts = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
	} else if (named) {
		parts = namedParts(named);
	}
	const match = ymd ?? dmy ?? named;
	if (!parts || !match) return undefined;
	const [year, month, day] = parts;
	if (!year || !month || !day || month > 12 || day > 31) return undefined;
	return { year, month, day, printed: match[0] };
}

/**
 * The latest day an embedded post is signed with ("— Ana Ruiz (@anaruiz) July 8, 2022"): for a page that prints no
 * publication time, the best stand-in for the day its relative dates count from. A date in the story's own
 * sentences ("first met on 12 March 2019") is history, not a stamp, and is not taken.
 * @example postedDay(["Met today. — Ana (@ana) July 8, 2022"]); // "2022-07-08"
 */
export function postedDay(paragraphs: readonly string[]): string | undefined {
	const signed = new RegExp(`\\(@\\w+\\)\\s*${NAMED_DATE}`, "gi");
	let latest: string | undefined;
	for (const paragraph of paragraphs) {
		for (const match of paragraph.matchAll(signed)) {
			const [year, month, day] = namedParts(match);
			if (month < 1 || day < 1 || day > 31) continue;
			const iso = `${year}-${pad(month)}-${pad(day)}`;
			if (latest === undefined || iso > latest) latest = iso;
		}
	}
	return latest;
}

function readLocal(text: string): Local | undefined {
	const date = readDate(text);
	if (!date) return undefined;
	const rest = text.replace(date.printed, " ");
	const time = /\b(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m\.?)?/i.exec(rest);
	if (!time) return undefined;
	let hour = Number(time[1]);
	if (time[4]) hour = (hour % 12) + (time[4].toLowerCase() === "p" ? 12 : 0);
	return { ...date, hour, minute: Number(time[2]), second: Number(time[3] ?? 0) };
}

/**
 * The day of a short line that prints a date and nothing else of substance: "February 7, 2016",
 * "Example Press - November 9, 2012", "June 25, 2024 - Ottawa - Foreign Ministry". A sentence that
 * happens to contain a date is not a date line.
 * @example readDateLine("Example Press - November 9, 2012"); // "2012-11-09"
 */
export function readDateLine(line: string): string | undefined {
	const text = line.trim().replace(LABEL, "");
	if (text.length > 100) return undefined;
	const date = readDate(text);
	if (!date) return undefined;
	const rest = text.replace(date.printed, " ").trim();
	const words = rest.split(/\s+/).filter((word) => /\p{L}/u.test(word));
	if (words.length > 6 || (words.length > 3 && !/[-–—•|]/.test(rest))) return undefined;
	if (words.length > 2 && /\p{Ll}[.!?]$/u.test(rest)) return undefined;
	return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * Reads a printed publication time: first with the domain's `parseNewsTimestamp`, then, for forms it does
 * not accept ("21.09.2022 - 07:45", "Last updated 15:47, 29 November 2023", "9:12 a.m. ET", "(Cairo)"), by
 * reading the date and time apart and taking the zone from the abbreviation, a city, or `zoneHint`.
 * A time printed with no zone and no hint is read as UTC.
 * @throws {TimestampParseError} when no date and time can be read.
 */
export function readPrintedTime(line: string, zoneHint?: string): NewsTimestamp {
	const text = line.trim().replace(LABEL, "");
	const hint = zoneHint ? { zoneHint } : {};
	try {
		return parseNewsTimestamp(text, hint);
	} catch (error) {
		const local = readLocal(text);
		if (!local) throw error;
		const zone = zoneFromWords(text.replace(/\b(?:[ap]\.?m\.?|AM|PM)\b/gi, "")) ?? zoneHint;
		const iso = `${local.year}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}`;
		if (zone) return parseNewsTimestamp(iso, { zoneHint: zone });
		return parseNewsTimestamp(`${iso}Z`);
	}
}

/** Whether a short line reads as a news timestamp ("30 Jun 2021 06:06:02 GMT9", "Updated: ..."). */
export function isTimestampLine(line: string, zoneHint?: string): boolean {
	const text = line.trim();
	if (text.length > 80 || !/\d{1,2}[:.]\d{2}/.test(text) || !/\d{4}/.test(text)) return false;
	try {
		readPrintedTime(text, zoneHint);
		return true;
	} catch (error) {
		if (!(error instanceof TimestampParseError) && !(error instanceof RangeError)) throw error;
		return false;
	}
}

/** The timestamp without its "Updated:" label, and whether the label said it was an update. */
export function timestampLabel(line: string): { text: string; updated: boolean } {
	const match = LABEL.exec(line.trim());
	return { text: line.trim().replace(LABEL, ""), updated: Boolean(match?.[1] && /updated/i.test(match[1])) };
}
