import { dayRange, type FuzzyDate } from "../date/fuzzy-date.js";
import { type Meeting, type MeetingFormat, partyKey } from "./schema.js";

/** What decides whether two reports describe the same meeting. */
export type MeetingIdentity = Pick<Meeting, "participants" | "date" | "zone" | "format" | "occasionId" | "status">;

/**
 * The sorted party keys of a meeting joined by `|`: equal keys mean the same set of parties.
 * @example partySetKey(meeting); // "diplomat:antony-blinken|diplomat:motegi-toshimitsu"
 */
export function partySetKey(meeting: Pick<Meeting, "participants">): string {
	return [...new Set(meeting.participants.map(partyKey))].sort().join("|");
}

function shiftDay(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/**
 * Whether two dates can be the same meeting. Day-precision dates reckoned in different or unknown
 * zones may differ by one day (00:47 on 28 Jan in Tokyo is 27 Jan in Washington), so they get a day of slack.
 */
export function datesCompatible(a: MeetingIdentity, b: MeetingIdentity): boolean {
	if (a.date === null || b.date === null) {
		// Without a date only a shared occasion ties two reports together.
		return a.occasionId !== undefined && a.occasionId === b.occasionId;
	}
	if (a.occasionId !== undefined && b.occasionId !== undefined && a.occasionId !== b.occasionId) return false;
	const slack = a.zone !== undefined && a.zone === b.zone ? 0 : 1;
	const ra = widen(a.date, slack);
	const rb = widen(b.date, slack);
	return ra.start <= rb.end && rb.start <= ra.end;
}

function widen(date: FuzzyDate, slack: number) {
	const range = dayRange(date);
	if (date.precision !== "day" || slack === 0) return range;
	return { start: shiftDay(range.start, -slack), end: shiftDay(range.end, slack) };
}

/** Formats agree when equal or when either is unknown. */
export function formatsCompatible(a: MeetingFormat, b: MeetingFormat): boolean {
	return a === b || a === "unknown" || b === "unknown";
}

function statusesCompatible(a: Meeting["status"], b: Meeting["status"]): boolean {
	if (a === b) return true;
	// A report of plans and a later report of the meeting itself describe one meeting.
	return (a === "planned" && b === "held") || (a === "held" && b === "planned");
}

/**
 * Whether two meeting records describe the same meeting: the same parties, compatible dates,
 * compatible formats and statuses.
 * @example isSameMeeting(reportFromTokyo, reportFromWashington); // true for one phone call reported twice
 */
export function isSameMeeting(a: MeetingIdentity, b: MeetingIdentity): boolean {
	return (
		partySetKey(a) === partySetKey(b) &&
		datesCompatible(a, b) &&
		formatsCompatible(a.format, b.format) &&
		statusesCompatible(a.status, b.status)
	);
}
