import { dayRange } from "../date/fuzzy-date.js";
import { type Meeting, type MeetingFormat, partyKey } from "./schema.js";

/**
 * What decides whether two reports describe the same meeting.
 * @example
 * const call: MeetingIdentity = {
 *   participants: [
 *     { kind: "diplomat", diplomatId: "suga-yoshihide" },
 *     { kind: "diplomat", diplomatId: "joe-biden" },
 *   ],
 *   date: fuzzyDate("2021-01", "late"),
 *   format: "phone",
 *   status: "held",
 * };
 * isSameMeeting(call, { ...call, date: fuzzyDate("2021-01-28") }); // true
 */
export type MeetingIdentity = Pick<
	Meeting,
	"participants" | "date" | "zone" | "format" | "occasionId" | "status"
>;

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
 * @example
 * const call: MeetingIdentity = { participants: [], format: "phone", status: "held", date: null };
 * const tokyo = { ...call, date: fuzzyDate("2021-01-28"), zone: "Asia/Tokyo" };
 * const washington = { ...call, date: fuzzyDate("2021-01-27"), zone: "America/New_York" };
 * datesCompatible(tokyo, washington); // true: a day apart, reckoned in different zones
 * datesCompatible(tokyo, { ...washington, zone: "Asia/Tokyo" }); // false: a day apart in the same zone
 */
export function datesCompatible(a: MeetingIdentity, b: MeetingIdentity): boolean {
	if (a.date === null || b.date === null) {
		// Without a date only a shared occasion ties two reports together.
		return a.occasionId !== undefined && a.occasionId === b.occasionId;
	}
	if (a.occasionId !== undefined && b.occasionId !== undefined && a.occasionId !== b.occasionId) return false;
	const sameZone = a.zone !== undefined && a.zone === b.zone;
	const anyDay = a.date.precision === "day" || b.date.precision === "day";
	// One day of slack between the two reports in total (not a day added on each side).
	const gap = !sameZone && anyDay ? 1 : 0;
	const ra = dayRange(a.date);
	const rb = dayRange(b.date);
	return ra.start <= shiftDay(rb.end, gap) && rb.start <= shiftDay(ra.end, gap);
}

/**
 * Formats agree when equal or when either is unknown.
 * @example
 * formatsCompatible("phone", "unknown"); // true
 * formatsCompatible("phone", "video"); // false
 */
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
