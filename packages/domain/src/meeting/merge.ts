import { compareFuzzyDates, type FuzzyDate } from "../date/fuzzy-date.js";
import { foldName } from "../person/name.js";
import { isSameMeeting } from "./identity.js";
import { MAX_TOPICS, type Meeting, type MeetingSource, type Party, partyKey } from "./schema.js";

/**
 * Thrown when asked to merge reports that describe different meetings.
 * @example
 * import { materaMeetings } from "@sidelines/domain/fixtures";
 * const [withBlinken, withRaab] = materaMeetings; // Motegi's talks with Blinken and with Raab
 * try {
 *   mergeMeetings(withBlinken!, withRaab!);
 * } catch (error) {
 *   error instanceof MeetingMergeError; // true: the parties differ
 * }
 */
export class MeetingMergeError extends Error {
	override readonly name = "MeetingMergeError";
}

function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
	if (value !== null && typeof value === "object") {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
	}
	return JSON.stringify(value);
}

/** Picks deterministically: the one `prefer` ranks higher, then the canonically smaller one. */
function pick<T>(a: T, b: T, prefer: (value: T) => number = () => 0): T {
	const diff = prefer(a) - prefer(b);
	if (diff !== 0) return diff > 0 ? a : b;
	return canonical(a) <= canonical(b) ? a : b;
}

function pickDefined<T>(a: T | undefined, b: T | undefined, prefer?: (value: T) => number): T | undefined {
	if (a === undefined) return b;
	if (b === undefined) return a;
	return pick(a, b, prefer);
}

const PRECISION = { year: 0, month: 1, day: 2 } as const;
const REVIEW_RANK = { rejected: 0, proposed: 1, confirmed: 2 } as const;

function mergeParticipants(a: Party[], b: Party[]): Party[] {
	const byKey = new Map<string, Party>();
	for (const party of [...a, ...b]) {
		const key = partyKey(party);
		const known = byKey.get(key);
		byKey.set(key, known ? pick(known, party, (p) => (p.kind === "diplomat" && p.office ? 1 : 0)) : party);
	}
	return [...byKey.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, party]) => party);
}

function mergeSources(a: MeetingSource[], b: MeetingSource[]): MeetingSource[] {
	const byArticle = new Map<string, MeetingSource>();
	for (const source of [...a, ...b]) {
		const known = byArticle.get(source.articleId);
		const unique = new Map<string, MeetingSource["evidence"][number]>();
		for (const span of [...(known?.evidence ?? []), ...source.evidence]) {
			// One span reported twice keeps the version with its quoted text, whichever report came first.
			const key = `${span.start}:${span.end}`;
			const seen = unique.get(key);
			unique.set(key, seen ? pick(seen, span, (s) => (s.text === undefined ? 0 : 1)) : span);
		}
		byArticle.set(source.articleId, {
			articleId: source.articleId,
			evidence: [...unique.values()].sort((x, y) => x.start - y.start || x.end - y.end),
		});
	}
	return [...byArticle.values()].sort((x, y) => (x.articleId < y.articleId ? -1 : 1));
}

function mergeTopics(a: string[], b: string[]): string[] {
	const byFolded = new Map<string, string>();
	for (const topic of [...a, ...b]) {
		const key = foldName(topic);
		const known = byFolded.get(key);
		byFolded.set(key, known === undefined || topic < known ? topic : known);
	}
	return [...byFolded.entries()]
		.sort(([x], [y]) => (x < y ? -1 : 1))
		.map(([, topic]) => topic)
		.slice(0, MAX_TOPICS);
}

function mergeDate(a: Meeting, b: Meeting): Pick<Meeting, "date" | "zone"> {
	if (a.date === null || b.date === null) {
		// Both undated: the zone still has to be chosen without regard to argument order.
		const dated =
			a.date === null && b.date === null ? pick(a, b, (m) => (m.zone ? 1 : 0)) : a.date === null ? b : a;
		return dated.zone === undefined ? { date: dated.date } : { date: dated.date, zone: dated.zone };
	}
	const rank = (m: Meeting) => PRECISION[(m.date as FuzzyDate).precision];
	let chosen: Meeting;
	if (rank(a) !== rank(b)) chosen = rank(a) > rank(b) ? a : b;
	else {
		const order = compareFuzzyDates(a.date, b.date);
		chosen = order === 0 ? pick(a, b, (m) => (m.zone ? 1 : 0)) : order > 0 ? a : b;
	}
	return chosen.zone === undefined ? { date: chosen.date } : { date: chosen.date, zone: chosen.zone };
}

/**
 * Merges two reports of one meeting into one record with both sources. Commutative: the result does
 * not depend on argument order. Fields keep the more specific value (the narrower date, a known format,
 * a place with a city, an exact duration); topics and sources are unioned.
 * @throws {MeetingMergeError} when `isSameMeeting(a, b)` is false.
 * @example mergeMeetings(fromArticleA, fromArticleB).sources.length; // 2
 */
export function mergeMeetings(a: Meeting, b: Meeting): Meeting {
	if (!isSameMeeting(a, b)) {
		throw new MeetingMergeError(
			`meetings ${a.id} and ${b.id} are different meetings (parties, date, format or status differ)`,
		);
	}
	const duration = pickDefined(a.duration, b.duration, (d) => (d.approximate ? 0 : 1));
	const place = pickDefined(a.place, b.place, (p) => (p.city ? 1 : 0) + (p.venue ? 1 : 0));
	const occasionId = pickDefined(a.occasionId, b.occasionId);
	const confidence =
		a.confidence === undefined
			? b.confidence
			: b.confidence === undefined
				? a.confidence
				: Math.max(a.confidence, b.confidence);
	const merged: Meeting = {
		id: (a.id <= b.id ? a : b).id,
		version: Math.max(a.version, b.version),
		participants: mergeParticipants(a.participants, b.participants),
		...mergeDate(a, b),
		format: a.format === "unknown" ? b.format : a.format,
		topics: mergeTopics(a.topics, b.topics),
		status: a.status === "held" || b.status === "held" ? "held" : a.status,
		sources: mergeSources(a.sources, b.sources),
		review: REVIEW_RANK[a.review] >= REVIEW_RANK[b.review] ? a.review : b.review,
	};
	if (duration) merged.duration = duration;
	if (place) merged.place = place;
	if (occasionId) merged.occasionId = occasionId;
	if (confidence !== undefined) merged.confidence = confidence;
	return merged;
}

/**
 * Folds a report into a meeting an editor has decided it describes, even where the identity rules would
 * keep them apart: the meeting keeps its own date, format, place and status, and gains the report's
 * parties, sources (evidence spans unioned per article) and topics.
 * @example
 * import { materaMeetings } from "@sidelines/domain/fixtures";
 * const [withBlinken, withRaab] = materaMeetings;
 * const folded = absorbReport(withBlinken!, withRaab!);
 * folded.id === withBlinken!.id; // true
 * folded.participants.length; // 3: Blinken, Motegi and Raab
 */
export function absorbReport(meeting: Meeting, report: Meeting): Meeting {
	return {
		...meeting,
		participants: mergeParticipants(meeting.participants, report.participants),
		sources: mergeSources(meeting.sources, report.sources),
		topics: mergeTopics(meeting.topics, report.topics),
	};
}
