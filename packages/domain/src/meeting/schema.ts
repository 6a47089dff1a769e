import { z } from "zod";
import { CountryCode, PartyCountry } from "../country/countries.js";
import { FuzzyDate } from "../date/fuzzy-date.js";
import { OFFICE_KINDS } from "../diplomat/schema.js";
import { Place } from "../occasion/schema.js";
import { isIanaZone } from "../time/zones.js";
import { isWellFormedText, plainText, RecordId, Version } from "../validation/common.js";

/**
 * The office a diplomat held when the meeting took place, copied onto the party so history stays true.
 * @example
 * HeldOffice.parse({ title: "Secretary of State", kind: "foreign-minister", country: "US" });
 */
export const HeldOffice = z.strictObject({
	title: plainText("office title", 200),
	kind: z.enum(OFFICE_KINDS),
	country: CountryCode,
});
export type HeldOffice = z.infer<typeof HeldOffice>;

/**
 * A known diplomat taking part, with the office held at the time.
 * @example
 * DiplomatParty.parse({
 *   kind: "diplomat",
 *   diplomatId: "antony-blinken",
 *   office: { title: "Secretary of State", kind: "foreign-minister", country: "US" },
 * });
 */
export const DiplomatParty = z.strictObject({
	kind: z.literal("diplomat"),
	diplomatId: RecordId,
	office: HeldOffice.optional(),
});

/**
 * A country's or organisation's delegation whose members the reporting does not name.
 * @example
 * DelegationParty.parse({ kind: "delegation", country: "SA", description: "Saudi counterpart" });
 */
export const DelegationParty = z.strictObject({
	kind: z.literal("delegation"),
	country: PartyCountry,
	/** How the reporting describes it, e.g. "Saudi counterpart". */
	description: plainText("delegation description", 200).optional(),
});

/**
 * One side of a meeting: a known diplomat or an unnamed delegation.
 * @example
 * Party.parse({ kind: "delegation", country: "EU" }); // { kind: "delegation", country: "EU" }
 * Party.safeParse({ kind: "person", name: "Blinken" }).success; // false
 */
export const Party = z.discriminatedUnion("kind", [DiplomatParty, DelegationParty], {
	error: 'a party has kind "diplomat" (with diplomatId) or "delegation" (with country)',
});
export type Party = z.infer<typeof Party>;

/** Topics kept per meeting; merging two reports keeps the first this many in sorted order. */
export const MAX_TOPICS = 30;

/**
 * How a meeting was held: in person, by phone, by video, hybrid, or not reported.
 * @example MEETING_FORMATS.includes("phone"); // true
 */
export const MEETING_FORMATS = ["in_person", "phone", "video", "hybrid", "unknown"] as const;
/**
 * One of {@link MEETING_FORMATS}.
 * @example const format: MeetingFormat = "phone"; // Suga and Biden's call in late January 2021
 */
export type MeetingFormat = (typeof MEETING_FORMATS)[number];
/**
 * Whether a meeting took place, is planned or was called off.
 * @example MEETING_STATUSES.includes("planned"); // true
 */
export const MEETING_STATUSES = ["held", "planned", "cancelled"] as const;
/**
 * Where a record stands in editorial review; new records, such as the extractor's proposals, start "proposed".
 * @example REVIEW_STATES.includes("confirmed"); // true
 */
export const REVIEW_STATES = ["proposed", "confirmed", "rejected"] as const;
/**
 * One of {@link REVIEW_STATES}.
 * @example const review: ReviewState = "confirmed"; // an editor checked it against the sources
 */
export type ReviewState = (typeof REVIEW_STATES)[number];

/**
 * How long the meeting lasted.
 * @example
 * Duration.parse({ minutes: 20 }); // { minutes: 20, approximate: false }
 * Duration.parse({ minutes: 60, approximate: true }); // "about an hour"
 */
export const Duration = z.strictObject({
	minutes: z
		.number({ error: "duration is a number of minutes" })
		.int({ error: "duration is a whole number of minutes" })
		.min(1, { error: "a duration is at least one minute" })
		.max(7 * 24 * 60, { error: "a duration is at most a week" }),
	/** True for "about an hour", "roughly 30 minutes". */
	approximate: z.boolean().default(false),
});
export type Duration = z.infer<typeof Duration>;

/**
 * The most characters of quoted evidence a span keeps; longer quotes are clipped by whoever quotes.
 * @example EVIDENCE_TEXT_MAX; // 2000
 */
export const EVIDENCE_TEXT_MAX = 2000;

/**
 * Characters `start`..`end` (end exclusive) of an article's body text that report the meeting.
 * @example
 * import { materaArticle } from "@sidelines/domain/fixtures";
 * const span = EvidenceSpan.parse({ start: 85, end: 114, text: "met for 20 minutes on June 29" });
 * bodyText(materaArticle).slice(span.start, span.end); // "met for 20 minutes on June 29"
 * EvidenceSpan.safeParse({ start: 114, end: 85 }).success; // false: an evidence span ends after it starts
 */
export const EvidenceSpan = z
	.strictObject({
		start: z.int().min(0),
		end: z.int().min(1),
		/** The quoted text, kept so reviewers can read it without the article. */
		text: z
			.string()
			.max(EVIDENCE_TEXT_MAX)
			.refine(isWellFormedText, { error: "evidence text must be well-formed Unicode (no lone surrogates)" })
			.optional(),
	})
	.refine((span) => span.end > span.start, { path: ["end"], error: "an evidence span ends after it starts" });
export type EvidenceSpan = z.infer<typeof EvidenceSpan>;

/**
 * An article that reports the meeting and where in it.
 * @example
 * MeetingSource.parse({ articleId: "art-motegi-blinken-matera" }); // { articleId: "art-motegi-blinken-matera", evidence: [] }
 */
export const MeetingSource = z.strictObject({
	articleId: RecordId,
	evidence: z.array(EvidenceSpan).max(50).default([]),
});
export type MeetingSource = z.infer<typeof MeetingSource>;

/**
 * The identity key of a party: `diplomat:<id>` or `delegation:<code>`.
 * @example
 * partyKey({ kind: "diplomat", diplomatId: "antony-blinken" }); // "diplomat:antony-blinken"
 * partyKey({ kind: "delegation", country: "SA" }); // "delegation:SA"
 */
const partyKey = (party: Party) =>
	party.kind === "diplomat" ? `diplomat:${party.diplomatId}` : `delegation:${party.country}`;

const meetingFields = {
	participants: z
		.array(Party)
		.min(2, { error: "a meeting needs at least two parties" })
		.max(60, { error: "a meeting has at most 60 parties" }),
	date: FuzzyDate.nullable().default(null),
	/** IANA zone the date is reckoned in; a day-precision date can differ across zones (Tokyo vs Washington). */
	zone: z.string().refine(isIanaZone, { error: "zone is an IANA time zone such as Asia/Tokyo" }).optional(),
	duration: Duration.optional(),
	format: z
		.enum(MEETING_FORMATS, { error: `format is one of ${MEETING_FORMATS.join(", ")}` })
		.default("unknown"),
	place: Place.optional(),
	occasionId: RecordId.optional(),
	topics: z
		.array(plainText("topic", 120))
		.max(MAX_TOPICS, { error: `a meeting has at most ${MAX_TOPICS} topics` })
		.default([]),
	status: z.enum(MEETING_STATUSES, { error: "status is held, planned or cancelled" }).default("held"),
	sources: z.array(MeetingSource).max(200).default([]),
	review: z.enum(REVIEW_STATES, { error: "review is proposed, confirmed or rejected" }).default("proposed"),
	/** For proposals made by extraction: how sure it was, 0 to 1. */
	confidence: z
		.number()
		.min(0, { error: "confidence is 0 to 1" })
		.max(1, { error: "confidence is 0 to 1" })
		.optional(),
};

function partiesAreDistinct(meeting: { participants?: Party[] | undefined }, ctx: z.RefinementCtx): void {
	const seen = new Map<string, number>();
	meeting.participants?.forEach((party, index) => {
		const key = partyKey(party);
		const first = seen.get(key);
		if (first !== undefined) {
			ctx.addIssue({
				code: "custom",
				path: ["participants", index],
				message: `the same party appears twice (also participants.${first})`,
			});
		} else seen.set(key, index);
	});
}

/**
 * A meeting between two or more parties, with what is known of it and the articles that report it.
 * @example
 * import { materaMeetings } from "@sidelines/domain/fixtures";
 * materaMeetings.map((meeting) => Meeting.parse(meeting).format); // ["in_person", "in_person", "in_person", "phone"]
 * Meeting.safeParse({ id: "mtg-1", version: 1, participants: [] }).success; // false: a meeting needs at least two parties
 */
export const Meeting = z
	.strictObject({ id: RecordId, version: Version, ...meetingFields })
	.superRefine(partiesAreDistinct);
export type Meeting = z.infer<typeof Meeting>;

/**
 * What an editor or the extractor sends to record a meeting.
 * @example
 * const meeting = MeetingCreate.parse({
 *   participants: [
 *     { kind: "diplomat", diplomatId: "motegi-toshimitsu" },
 *     { kind: "diplomat", diplomatId: "dominic-raab" },
 *   ],
 * });
 * meeting.format; // "unknown"
 * meeting.review; // "proposed"
 */
export const MeetingCreate = z
	.strictObject({ id: RecordId.optional(), ...meetingFields })
	.superRefine(partiesAreDistinct);
export type MeetingCreate = z.input<typeof MeetingCreate>;

/**
 * A partial update to a meeting; `null` clears an optional field.
 * @example
 * MeetingUpdate.parse({ format: "phone", place: null }).place; // null: the place is removed
 */
export const MeetingUpdate = z
	.strictObject({
		participants: meetingFields.participants.optional(),
		date: FuzzyDate.nullable().optional(),
		zone: meetingFields.zone,
		duration: Duration.nullable().optional(),
		format: z.enum(MEETING_FORMATS).optional(),
		place: Place.nullable().optional(),
		occasionId: RecordId.nullable().optional(),
		topics: meetingFields.topics.unwrap().optional(),
		status: z.enum(MEETING_STATUSES).optional(),
		sources: meetingFields.sources.unwrap().optional(),
		review: z.enum(REVIEW_STATES).optional(),
	})
	.superRefine(partiesAreDistinct);
export type MeetingUpdate = z.infer<typeof MeetingUpdate>;

export { partyKey };
