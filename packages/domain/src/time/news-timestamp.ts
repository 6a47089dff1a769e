import { AMBIGUOUS_ZONES, fixedOffsetZone, isIanaZone, offsetOfZoneAt, UNAMBIGUOUS_ZONES } from "./zones.js";

/**
 * A timestamp as an instant with the offset and, when known, the IANA zone it was printed in.
 * @example
 * const printed: NewsTimestamp = { iso: "2021-06-30T06:06:00+09:00", offsetMinutes: 540, zone: "Asia/Tokyo" };
 * // what parseNewsTimestamp("30 Jun 2021 06:06 JST") returns
 */
export interface NewsTimestamp {
	/** ISO 8601 with the printed offset, e.g. `2021-06-30T06:06:02+09:00`. */
	iso: string;
	offsetMinutes: number;
	/** IANA zone when the text or the hint establishes one (`Etc/GMT-9` for a bare "GMT9"). */
	zone?: string;
}

/**
 * Thrown when a news timestamp cannot be read; the message says what was wrong.
 * @example
 * try {
 *   parseNewsTimestamp("Thu, March 02 2023. 14:59 IST");
 * } catch (error) {
 *   error instanceof TimestampParseError; // true: "IST" is ambiguous without a zoneHint
 * }
 */
export class TimestampParseError extends RangeError {
	override readonly name = "TimestampParseError";
}

/**
 * Options for {@link parseNewsTimestamp}.
 * @example
 * const options: ParseNewsTimestampOptions = { zoneHint: "Asia/Kolkata" };
 * parseNewsTimestamp("Thu, March 02 2023. 14:59 IST", options).offsetMinutes; // 330
 */
export interface ParseNewsTimestampOptions {
	/** IANA zone of the publication, used for ambiguous abbreviations (IST, CST, BST, AST) and for times printed with no zone. */
	zoneHint?: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const MONTH =
	"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

const ISO_PATTERN =
	/^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})`, "i");
const MONTH_DAY_YEAR = new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, "i");
// "am"/"pm" must stand alone: the A of "AEST" or the P of "PST" is a zone, not a half of the day.
const TIME = /(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?(?![a-z]))?(?=\s|$|[a-z(+-])/i;
const NUMERIC_ZONE =
	/(?:\b(?:GMT|UTC)\s*([+-])?\s*(\d{1,2})(?::?(\d{2}))?\b|(?:^|\s)([+-])(\d{2})(?::?(\d{2}))?\b)/i;
const ABBREVIATION = /\b([A-Z]{1,5})\b\s*\)?\s*$/;

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function formatOffset(offsetMinutes: number): string {
	const sign = offsetMinutes < 0 ? "-" : "+";
	const abs = Math.abs(offsetMinutes);
	return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

interface LocalTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

function assertCalendar(local: LocalTime, text: string): void {
	const probe = new Date(Date.UTC(local.year, local.month - 1, local.day));
	if (probe.getUTCMonth() !== local.month - 1 || probe.getUTCDate() !== local.day) {
		throw new TimestampParseError(
			`"${text}": ${local.year}-${pad(local.month)}-${pad(local.day)} is not a calendar date`,
		);
	}
	if (local.hour > 23 || local.minute > 59 || local.second > 59) {
		throw new TimestampParseError(
			`"${text}": ${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)} is not a time of day`,
		);
	}
}

function assertWeekday(text: string, local: LocalTime): void {
	const match = /^\s*(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s/i.exec(text);
	if (!match?.[1]) return;
	const printed = WEEKDAYS.indexOf(match[1].toLowerCase());
	const actual = new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay();
	if (printed !== actual) {
		throw new TimestampParseError(
			`"${text}": the page says ${match[1]} but ${local.year}-${pad(local.month)}-${pad(local.day)} was a ${WEEKDAYS[actual]}`,
		);
	}
}

function toTimestamp(local: LocalTime, offsetMinutes: number, zone: string | undefined): NewsTimestamp {
	const iso = `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}${formatOffset(offsetMinutes)}`;
	return zone === undefined ? { iso, offsetMinutes } : { iso, offsetMinutes, zone };
}

function zoneOffsetForLocal(zone: string, local: LocalTime): number {
	const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
	const first = offsetOfZoneAt(zone, asUtc);
	return offsetOfZoneAt(zone, asUtc - first * 60_000);
}

function resolveAbbreviation(
	abbreviation: string,
	local: LocalTime,
	text: string,
	hint: string | undefined,
): NewsTimestamp {
	const known = UNAMBIGUOUS_ZONES[abbreviation];
	if (known) {
		const zone =
			known.zone ?? (hint && zoneOffsetForLocal(hint, local) === known.offsetMinutes ? hint : undefined);
		return toTimestamp(local, known.offsetMinutes, zone);
	}
	const candidates = AMBIGUOUS_ZONES[abbreviation];
	if (!candidates) throw new TimestampParseError(`"${text}": unknown time zone "${abbreviation}"`);
	if (!hint) {
		const places = [...new Set(candidates.map((candidate) => candidate.zone))].join(", ");
		throw new TimestampParseError(`"${text}": "${abbreviation}" is ambiguous (${places}); pass a zoneHint`);
	}
	const offset = zoneOffsetForLocal(hint, local);
	if (!candidates.some((candidate) => candidate.offsetMinutes === offset)) {
		throw new TimestampParseError(
			`"${text}": "${abbreviation}" cannot be ${hint} at that date (offset ${formatOffset(offset)})`,
		);
	}
	return toTimestamp(local, offset, hint);
}

/**
 * Reads a timestamp as news pages print it and returns ISO 8601 with its offset.
 * Accepts ISO 8601, "30 Jun 2021 06:06:02 GMT9", "GMT+9", "GMT+09:00", "+0900",
 * "Thu, March 02 2023. 14:59 IST" (with a zone hint), "JST" and other unambiguous abbreviations.
 * @throws {TimestampParseError} when the text is not a timestamp, the date does not exist, the weekday
 * disagrees with the date, or an ambiguous abbreviation has no hint.
 * @example parseNewsTimestamp("30 Jun 2021 06:06:02 GMT9").iso; // "2021-06-30T06:06:02+09:00"
 * @example parseNewsTimestamp("Thu, March 02 2023. 14:59 IST", { zoneHint: "Asia/Kolkata" }).iso; // "2023-03-02T14:59:00+05:30"
 */
export function parseNewsTimestamp(text: string, options: ParseNewsTimestampOptions = {}): NewsTimestamp {
	const input = text.trim();
	const hint = options.zoneHint;
	if (hint !== undefined && !isIanaZone(hint))
		throw new TimestampParseError(`zoneHint "${hint}" is not an IANA time zone`);
	if (input.length === 0 || input.length > 200)
		throw new TimestampParseError("a timestamp is 1 to 200 characters");

	const iso = ISO_PATTERN.exec(input);
	let local: LocalTime;
	let rest: string;
	if (iso) {
		local = {
			year: Number(iso[1]),
			month: Number(iso[2]),
			day: Number(iso[3]),
			hour: Number(iso[4]),
			minute: Number(iso[5]),
			second: Number(iso[6] ?? 0),
		};
		rest = iso[7] ? (iso[7].toUpperCase() === "Z" ? "UTC" : iso[7]) : "";
	} else {
		const dmy = DAY_MONTH_YEAR.exec(input);
		const mdy = dmy ? null : MONTH_DAY_YEAR.exec(input);
		const dateMatch = dmy ?? mdy;
		if (!dateMatch)
			throw new TimestampParseError(`"${text}" has no date such as "30 Jun 2021" or "March 02 2023"`);
		const [dayText, monthText, yearText] = dmy ? [dmy[1], dmy[2], dmy[3]] : [mdy?.[2], mdy?.[1], mdy?.[3]];
		const afterDate = input.slice((dateMatch.index ?? 0) + dateMatch[0].length);
		const time = TIME.exec(afterDate);
		if (!time) throw new TimestampParseError(`"${text}" has a date but no time of day`);
		let hour = Number(time[1]);
		if (time[4]) {
			if (hour < 1 || hour > 12)
				throw new TimestampParseError(`"${text}": ${hour} is not an hour on a 12-hour clock`);
			hour = (hour % 12) + (time[4].toLowerCase() === "p" ? 12 : 0);
		}
		local = {
			year: Number(yearText),
			month: MONTHS.indexOf(String(monthText).slice(0, 3).toLowerCase()) + 1,
			day: Number(dayText),
			hour,
			minute: Number(time[2]),
			second: Number(time[3] ?? 0),
		};
		rest = afterDate.slice((time.index ?? 0) + time[0].length).trim();
	}
	assertCalendar(local, text);
	assertWeekday(input, local);

	const numeric = NUMERIC_ZONE.exec(rest);
	if (numeric) {
		const sign = (numeric[1] ?? numeric[4]) === "-" ? -1 : 1;
		const hours = Number(numeric[2] ?? numeric[5]);
		const minutes = Number(numeric[3] ?? numeric[6] ?? 0);
		if (hours > 14 || minutes > 59) throw new TimestampParseError(`"${text}": offset out of range`);
		const offset = sign * (hours * 60 + minutes);
		const zone = hint && zoneOffsetForLocal(hint, local) === offset ? hint : fixedOffsetZone(offset);
		return toTimestamp(local, offset, zone);
	}
	const abbreviation = ABBREVIATION.exec(rest);
	if (abbreviation?.[1]) return resolveAbbreviation(abbreviation[1].toUpperCase(), local, text, hint);
	if (rest.length > 0) throw new TimestampParseError(`"${text}": cannot read the time zone "${rest}"`);
	if (!hint) throw new TimestampParseError(`"${text}" gives no time zone; pass a zoneHint`);
	return toTimestamp(local, zoneOffsetForLocal(hint, local), hint);
}

/**
 * Prints an ISO 8601 timestamp the way news pages do, keeping its offset.
 * `gmt-compact` is "30 Jun 2021 06:06:02 GMT9"; `rfc2822` is "Wed, 30 Jun 2021 06:06:02 +0900".
 * @example formatNewsTimestamp("2021-06-30T06:06:02+09:00"); // "30 Jun 2021 06:06:02 GMT9"
 */
export function formatNewsTimestamp(iso: string, style: "gmt-compact" | "rfc2822" = "gmt-compact"): string {
	const match = ISO_PATTERN.exec(iso);
	// Without an offset the instant is unknown: printing it as GMT would invent one.
	if (!match?.[7]) throw new TimestampParseError(`"${iso}" is not ISO 8601 with an offset`);
	const [, y, mo, d, h, mi, s = "00", zoneText = "Z"] = match;
	assertCalendar(
		{
			year: Number(y),
			month: Number(mo),
			day: Number(d),
			hour: Number(h),
			minute: Number(mi),
			second: Number(s),
		},
		iso,
	);
	const offset = zoneText.toUpperCase() === "Z" ? 0 : parseOffset(zoneText);
	const monthIndex = Number(mo) - 1;
	const monthShort = (MONTHS[monthIndex] ?? "jan").replace(/^./, (c) => c.toUpperCase());
	const time = `${h}:${mi}:${s}`;
	if (style === "rfc2822") {
		const weekday = (
			WEEKDAYS[new Date(Date.UTC(Number(y), monthIndex, Number(d))).getUTCDay()] ?? "sun"
		).replace(/^./, (c) => c.toUpperCase());
		return `${weekday}, ${d} ${monthShort} ${y} ${time} ${formatOffset(offset).replace(":", "")}`;
	}
	const abs = Math.abs(offset);
	const zone =
		offset === 0
			? "GMT"
			: `GMT${offset < 0 ? "-" : ""}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ""}`;
	return `${Number(d)} ${monthShort} ${y} ${time} ${zone}`;
}

function parseOffset(text: string): number {
	const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
	if (!match) return 0;
	const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
	return match[1] === "-" ? -minutes : minutes;
}
