import { type FuzzyDate, fuzzyDate, MONTH_NAMES, type Qualifier } from "@sidelines/domain";

/** A date phrase found in text, resolved against the publication day. */
export interface DatePhrase {
	start: number;
	end: number;
	/** The resolved date; `null` when the phrase is too vague for a month ("last week"). */
	date: FuzzyDate | null;
	/** Set when the phrase is relative to the previous meeting ("the day before": -1, "earlier in the day": 0). */
	relativeDays?: number;
	/** Set when the phrase needs the publication day ("on Friday", "June 3") and the page gives none. */
	unresolved?: true;
}

/** English month names in lower case, January first (the domain's list). */
export const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());
/** English weekday names, Sunday first (as `Date#getUTCDay`). */
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTH =
	"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

const pad = (value: number) => String(value).padStart(2, "0");

function monthIndex(text: string): number {
	return MONTHS.findIndex((name) => name.startsWith(text.toLowerCase().replace(/\.$/, "").slice(0, 3))) + 1;
}

/** A calendar day as year, month, day, counted in UTC so that no local zone shifts it. */
export interface Day {
	year: number;
	month: number;
	day: number;
}

/**
 * Adds days to a calendar day.
 * @example addDays({ year: 2021, month: 3, day: 1 }, -1); // { year: 2021, month: 2, day: 28 }
 */
export function addDays(day: Day, days: number): Day {
	const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function weekday(day: Day): number {
	return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** The FuzzyDate of a calendar day. */
export function dayDate(day: Day): FuzzyDate {
	return fuzzyDate(`${day.year}-${pad(day.month)}-${pad(day.day)}`);
}

function monthDate(year: number, month: number, qualifier?: Qualifier): FuzzyDate {
	return fuzzyDate(`${year}-${pad(month)}`, qualifier ?? null);
}

function safe(build: () => FuzzyDate | null): FuzzyDate | null | undefined {
	try {
		return build();
	} catch {
		return undefined;
	}
}

/** "early", "mid", "late", "the end of" (late), "the beginning of" (early), "the middle of" (mid). */
function qualifierOf(word: string | undefined): Qualifier | undefined {
	const lower = (word ?? "").toLowerCase().replace(/\s+/g, " ");
	if (lower === "early" || lower === "the beginning of") return "early";
	if (lower === "mid" || lower === "the middle of") return "mid";
	if (lower === "late" || lower === "the end of") return "late";
	return undefined;
}

interface Rule {
	pattern: RegExp;
	resolve(
		match: RegExpExecArray,
		published: Day,
		future: boolean,
	): Omit<DatePhrase, "start" | "end"> | undefined;
}

const yearFor = (month: number, day: number, published: Day, future: boolean, explicit?: string) => {
	if (explicit) return Number(explicit);
	const after = month > published.month || (month === published.month && day > published.day);
	const before = month < published.month || (month === published.month && day < published.day);
	if (future) return before ? published.year + 1 : published.year;
	return after ? published.year - 1 : published.year;
};

/** "today", "yesterday", "this morning": days counted from the day the words were written. */
const DEICTIC =
	/\b(yesterday|last\s+night|(?:earlier\s+)?today|this\s+(?:morning|afternoon|evening)|tonight|tomorrow)\b|^(Earlier),/gi;

function deicticShift(word: string): number {
	const lower = word.toLowerCase();
	return lower === "yesterday" || lower.startsWith("last") ? -1 : lower === "tomorrow" ? 1 : 0;
}

/** A reporting verb right before a day: "..., the release said on Thursday". */
const REPORTED_ON =
	/\b(?:said|says|announced|stated|reported|added|wrote|tweeted|posted)\s+(?:on\s+|late\s+|early\s+)?$/i;

/**
 * "'A met B today', the release said on Thursday": "today" in words reported on another day is that day.
 * The day after the reporting verb re-anchors the deictic phrases before it.
 */
function anchorToReport(text: string, found: DatePhrase[]): void {
	const report = found.find(
		(phrase) =>
			phrase.date?.precision === "day" &&
			REPORTED_ON.test(text.slice(Math.max(0, phrase.start - 30), phrase.start)),
	);
	const reportDate = report?.date;
	if (!report || !reportDate || reportDate.month === undefined || reportDate.day === undefined) return;
	const reportDay: Day = { year: reportDate.year, month: reportDate.month, day: reportDate.day };
	for (const phrase of found) {
		if (phrase.end > report.start || !phrase.date) continue;
		const words = text.slice(phrase.start, phrase.end);
		DEICTIC.lastIndex = 0;
		const deictic = DEICTIC.exec(words);
		if (deictic && deictic.index === 0 && deictic[0].length === words.length)
			phrase.date = dayDate(addDays(reportDay, deicticShift(deictic[1] ?? "")));
	}
}

const RULES: Rule[] = [
	{
		pattern: /\b(?:the\s+day\s+before|the\s+previous\s+day|a\s+day\s+earlier)\b/gi,
		resolve: () => ({ date: null, relativeDays: -1 }),
	},
	{
		pattern:
			/\b(?:earlier|later)\s+(?:in|that)\s+(?:the\s+)?day\b|\bthe\s+same\s+day\b|\bduring\s+the\s+day\b/gi,
		resolve: () => ({ date: null, relativeDays: 0 }),
	},
	{
		pattern: DEICTIC,
		// "Earlier, he met B": a sentence opening on "Earlier," in a report of the day is earlier that day.
		resolve: (match, published) => ({
			date: dayDate(addDays(published, deicticShift(match[1] ?? match[2] ?? ""))),
		}),
	},
	{
		pattern: new RegExp(
			`\\b(last|this|next|coming)?\\s*${WEEKDAY}(?:['’]s)?(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
			"gi",
		),
		resolve: (match, published, future) => {
			const target = WEEKDAYS.indexOf((match[2] ?? "").toLowerCase());
			const modifier = (match[1] ?? "").toLowerCase();
			const today = weekday(published);
			const forward = modifier === "next" || modifier === "coming" || (future && modifier !== "last");
			let delta = forward ? (target - today + 7) % 7 : -((today - target + 7) % 7);
			if (delta === 0 && (modifier === "next" || modifier === "last")) delta = modifier === "next" ? 7 : -7;
			return { date: dayDate(addDays(published, delta)) };
		},
	},
	{
		// "from May 7 to 13", "July 7-8", "7-8 July": a span of days is no day of one meeting (the rules keep it null).
		pattern: new RegExp(
			`\\b(?:from\\s+)?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–]|to\\b|through\\b|until\\b)\\s*(?:${MONTH}\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?|\\b(?:from\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–]|to\\b)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4})?`,
			"gi",
		),
		resolve: () => ({ date: null }),
	},
	{
		pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, "gi"),
		resolve: (match, published, future) => {
			const month = monthIndex(match[1] ?? "");
			const day = Number(match[2]);
			const date = safe(() =>
				dayDate({ year: yearFor(month, day, published, future, match[3]), month, day }),
			);
			return date === undefined ? undefined : { date };
		},
	},
	{
		pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?`, "gi"),
		resolve: (match, published, future) => {
			const month = monthIndex(match[2] ?? "");
			const day = Number(match[1]);
			const date = safe(() =>
				dayDate({ year: yearFor(month, day, published, future, match[3]), month, day }),
			);
			return date === undefined ? undefined : { date };
		},
	},
	{
		pattern: new RegExp(`\\b(early|mid|late)[\\s-]+${MONTH}(?:\\s+(\\d{4}))?`, "gi"),
		resolve: (match, published, future) => {
			const month = monthIndex(match[2] ?? "");
			const qualifier = (match[1] ?? "").toLowerCase() as Qualifier;
			const year = yearFor(
				month,
				qualifier === "early" ? 1 : qualifier === "mid" ? 15 : 28,
				published,
				future,
				match[3],
			);
			const date = safe(() => monthDate(year, month, qualifier));
			return date === undefined ? undefined : { date };
		},
	},
	{
		pattern: new RegExp(`\\b(?:in|during|since|by|until)\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`, "gi"),
		resolve: (match, published, future) => {
			const month = monthIndex(match[1] ?? "");
			if (month === 5 && !match[2] && /\bin may\b/i.test(match[0]) && match[0].includes("may"))
				return undefined;
			const year = yearFor(month, future ? 28 : 1, published, future, match[2]);
			const date = safe(() => monthDate(year, month));
			return date === undefined ? undefined : { date };
		},
	},
	{
		// "hosted him in 2018": a year alone (not a span "in 2018-19", not an amount "in 2018 dollars").
		pattern: /\b(?:in|during)\s+((?:19|20)\d{2})\b(?![-–/]\d|\s+(?:dollars|prices|terms)\b)/gi,
		resolve: (match) => {
			const date = safe(() => fuzzyDate(match[1] ?? ""));
			return date === undefined ? undefined : { date };
		},
	},
	{
		// "late last year" (the year, late), "in mid-March" above, "earlier this month" (the month), "next month".
		pattern:
			/\b(?:(early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of)[\s-]+)?(earlier\s+this|this|last|next|later\s+this)\s+(month|year)\b/gi,
		resolve: (match, published) => {
			const which = (match[2] ?? "").toLowerCase();
			const unit = (match[3] ?? "").toLowerCase();
			const shift = which === "last" ? -1 : which === "next" ? 1 : 0;
			const qualifier = qualifierOf(match[1]);
			if (unit === "year") return { date: fuzzyDate(String(published.year + shift), qualifier ?? null) };
			const total = published.year * 12 + (published.month - 1) + shift;
			return { date: monthDate(Math.floor(total / 12), (total % 12) + 1, qualifier) };
		},
	},
	{
		pattern:
			/\b(?:last|this|next)\s+week(?:end)?\b|\brecently\b|\bin\s+recent\s+(?:days|weeks)\b|\bin\s+the\s+coming\s+(?:days|weeks)\b|\blater\s+this\s+week\b/gi,
		resolve: () => ({ date: null }),
	},
];

// Resolves phrases when the publication day is unknown; only readings that do not depend on it are kept.
const ANY_DAY: Day = { year: 2000, month: 6, day: 15 };

/**
 * Every date phrase in `text`, resolved against the publication day. `future` resolves weekdays and
 * months forwards (for planned meetings). Overlapping phrases keep the first, most specific rule's reading.
 * With no publication day, only dates that print their year resolve; the others are `unresolved`.
 * @example findDates("met on Friday", { year: 2024, month: 2, day: 10 }, false)[0]?.date; // 2024-02-09
 */
export function findDates(text: string, published: Day | undefined, future: boolean): DatePhrase[] {
	const found: DatePhrase[] = [];
	for (const rule of RULES) {
		rule.pattern.lastIndex = 0;
		for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
			const start = match.index + (match[0].length - match[0].trimStart().length);
			const end = match.index + match[0].length;
			if (found.some((other) => start < other.end && other.start < end)) continue;
			const resolved = rule.resolve(match, published ?? ANY_DAY, future);
			if (!resolved) continue;
			const needsDay = !published && resolved.date !== null && !/\b\d{4}\b/.test(match[0]);
			found.push(needsDay ? { start, end, date: null, unresolved: true } : { start, end, ...resolved });
		}
	}
	found.sort((a, b) => a.start - b.start);
	if (published) anchorToReport(text, found);
	return found;
}

/** The publication day of an ISO timestamp, as printed (its own offset, not UTC). */
export function publishedDay(iso: string): Day {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	return { year: Number(match?.[1] ?? 1970), month: Number(match?.[2] ?? 1), day: Number(match?.[3] ?? 1) };
}

/**
 * The date phrases of a text that need a publication day to resolve, as printed, once each.
 * @example unresolvedDates("They met on Friday, and again on 3 May 2021."); // ["Friday"]
 */
export function unresolvedDates(text: string): string[] {
	const phrases = findDates(text, undefined, false)
		.filter((phrase) => phrase.unresolved)
		.map((phrase) => text.slice(phrase.start, phrase.end).trim());
	return [...new Set(phrases)];
}
