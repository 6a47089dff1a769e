import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzyDate } from "../date/fuzzy-date.js";
import { materaMeetings } from "../fixtures/index.js";
import { isSameMeeting, partySetKey } from "./identity.js";
import { absorbReport, MeetingMergeError, mergeMeetings } from "./merge.js";
import { Meeting, type Party, partyKey } from "./schema.js";

const suga = { kind: "diplomat", diplomatId: "suga-yoshihide" } as const;
const biden = { kind: "diplomat", diplomatId: "joe-biden" } as const;

/** A phone-call report as one newspaper would record it. */
function callReport(id: string, articleId: string, day: string, zone: string): Meeting {
	return Meeting.parse({
		id,
		version: 1,
		participants: [suga, biden],
		date: fuzzyDate(day),
		zone,
		format: "phone",
		sources: [{ articleId, evidence: [{ start: 0, end: 10 }] }],
	});
}

describe("mergeMeetings on real reports", () => {
	it("merges the Tokyo and Washington reports of the Suga–Biden call into one meeting with both sources", () => {
		const tokyo = callReport("mtg-tokyo", "art-tokyo", "2021-01-28", "Asia/Tokyo");
		const washington = callReport("mtg-washington", "art-washington", "2021-01-27", "America/New_York");
		expect(isSameMeeting(tokyo, washington)).toBe(true);
		const merged = mergeMeetings(tokyo, washington);
		expect(merged.sources.map((source) => source.articleId)).toEqual(["art-tokyo", "art-washington"]);
		expect(
			merged.participants.map((party) => (party.kind === "diplomat" ? party.diplomatId : party.country)),
		).toEqual(["joe-biden", "suga-yoshihide"]);
		expect(Meeting.parse(merged)).toEqual(merged);
	});

	it("merges a day report into the seed's late-January record", () => {
		const seed = materaMeetings.find((meeting) => meeting.id === "mtg-suga-biden-2021-01");
		if (!seed) throw new Error("fixture missing");
		const tokyo = callReport("mtg-tokyo", "art-tokyo", "2021-01-28", "Asia/Tokyo");
		const merged = mergeMeetings(seed, tokyo);
		expect(merged.date).toEqual(fuzzyDate("2021-01-28"));
		expect(merged.zone).toBe("Asia/Tokyo");
		expect(merged.sources).toHaveLength(2);
	});

	it("keeps days apart in the same zone, and more than a day apart in any zones", () => {
		const a = callReport("a", "art-a", "2021-01-27", "Asia/Tokyo");
		const b = callReport("b", "art-b", "2021-01-28", "Asia/Tokyo");
		expect(isSameMeeting(a, b)).toBe(false);
		const c = callReport("c", "art-c", "2021-01-29", "America/New_York");
		expect(isSameMeeting(a, c)).toBe(false);
	});

	it("does not merge the same parties meeting in June and in September", () => {
		const [talks] = materaMeetings;
		if (!talks) throw new Error("fixture missing");
		const september = {
			...talks,
			id: "mtg-unga",
			occasionId: undefined,
			date: fuzzyDate("2021-09-20"),
			zone: "America/New_York",
		};
		expect(isSameMeeting(talks, september)).toBe(false);
		expect(() => mergeMeetings(talks, september)).toThrow(MeetingMergeError);
	});

	it("does not merge a call with an in-person meeting, or a held meeting with a cancelled one", () => {
		const tokyo = callReport("mtg-tokyo", "art-tokyo", "2021-01-28", "Asia/Tokyo");
		expect(isSameMeeting(tokyo, { ...tokyo, format: "in_person" })).toBe(false);
		expect(isSameMeeting(tokyo, { ...tokyo, format: "unknown" })).toBe(true);
		expect(isSameMeeting(tokyo, { ...tokyo, status: "cancelled" })).toBe(false);
		expect(isSameMeeting(tokyo, { ...tokyo, status: "planned" })).toBe(true);
	});
});

const PARTIES: Party[] = [
	{ kind: "diplomat", diplomatId: "antony-blinken" },
	{ kind: "diplomat", diplomatId: "motegi-toshimitsu" },
	{ kind: "diplomat", diplomatId: "dominic-raab" },
	{ kind: "delegation", country: "IT" },
	{ kind: "delegation", country: "EU" },
];
const withOffice = (party: Party): Party =>
	party.kind === "diplomat"
		? { ...party, office: { title: "Foreign Minister", kind: "foreign-minister", country: "JP" } }
		: { ...party, description: "counterpart" };

const partySet = fc.subarray(PARTIES, { minLength: 2, maxLength: 4 });
const dateText = fc.constantFrom(null, "2021-06-28", "2021-06-29", "2021-06-30", "2021-06", "2021");
const span = fc.constantFrom(
	{ start: 0, end: 10 },
	{ start: 0, end: 10, text: "Motegi met" },
	{ start: 0, end: 10, text: "Blinken met" },
	{ start: 5, end: 20 },
);

/** A report of a meeting between `parties`, with every optional field sometimes present. */
function report(parties: Party[]): fc.Arbitrary<Meeting> {
	return fc
		.record({
			id: fc.constantFrom("mtg-a", "mtg-b"),
			version: fc.integer({ min: 1, max: 3 }),
			participants: fc
				.shuffledSubarray(parties, { minLength: parties.length })
				.chain((ordered) => fc.tuple(...ordered.map((party) => fc.constantFrom(party, withOffice(party))))),
			date: dateText,
			qualifier: fc.constantFrom(undefined, "late" as const),
			zone: fc.constantFrom(undefined, "Europe/Rome", "Asia/Tokyo"),
			duration: fc.option(fc.record({ minutes: fc.constantFrom(20, 30), approximate: fc.boolean() }), {
				nil: undefined,
			}),
			format: fc.constantFrom("in_person" as const, "unknown" as const),
			place: fc.option(
				fc.constantFrom(
					{ country: "IT" },
					{ city: "Matera", country: "IT" },
					{ city: "Rome", country: "IT" },
				),
				{ nil: undefined },
			),
			occasionId: fc.constantFrom(undefined, "g20-fmm-matera-2021"),
			topics: fc.subarray([
				"G20 cooperation",
				"g20 cooperation",
				"climate change",
				"Climate Change",
				"security",
			]),
			status: fc.constantFrom("held" as const, "planned" as const),
			sources: fc.uniqueArray(
				fc.record({
					articleId: fc.constantFrom("art-1", "art-2", "art-3"),
					evidence: fc.uniqueArray(span, { maxLength: 2, selector: (s) => `${s.start}:${s.end}` }),
				}),
				{
					maxLength: 2,
					selector: (source) => source.articleId,
				},
			),
			review: fc.constantFrom("proposed" as const, "confirmed" as const, "rejected" as const),
			confidence: fc.option(fc.constantFrom(0.4, 0.9), { nil: undefined }),
		})
		.map(({ date, qualifier, ...rest }) =>
			Meeting.parse({
				...rest,
				date: date === null ? null : fuzzyDate(date, date.length === 10 ? undefined : qualifier),
			}),
		);
}

const sameMeetingPair = partySet
	.chain((parties) => fc.tuple(report(parties), report(parties)))
	.filter(([a, b]) => isSameMeeting(a, b));
const RUNS = { numRuns: 400 };

describe("mergeMeetings properties", () => {
	it("is commutative", () => {
		fc.assert(
			fc.property(sameMeetingPair, ([a, b]) => {
				expect(mergeMeetings(a, b)).toEqual(mergeMeetings(b, a));
			}),
			RUNS,
		);
	});

	it("keeps every source and every evidence span of both reports, and yields a valid meeting", () => {
		fc.assert(
			fc.property(sameMeetingPair, ([a, b]) => {
				const merged = mergeMeetings(a, b);
				expect(Meeting.parse(merged)).toEqual(merged);
				for (const source of [...a.sources, ...b.sources]) {
					const kept = merged.sources.find((candidate) => candidate.articleId === source.articleId);
					expect(kept).toBeDefined();
					for (const evidence of source.evidence) {
						expect(kept?.evidence.some((e) => e.start === evidence.start && e.end === evidence.end)).toBe(
							true,
						);
					}
				}
				expect(partySetKey(merged)).toBe(partySetKey(a));
				expect(isSameMeeting(merged, a) && isSameMeeting(merged, b)).toBe(true);
			}),
			RUNS,
		);
	});

	it("merging a report with itself changes nothing but the order of lists", () => {
		fc.assert(
			fc.property(
				partySet.chain(report).filter((a) => isSameMeeting(a, a)),
				(a) => {
					expect(mergeMeetings(a, a)).toEqual(mergeMeetings(mergeMeetings(a, a), a));
				},
			),
			RUNS,
		);
	});

	it("refuses reports whose sets of parties differ", () => {
		const pair = fc
			.tuple(partySet, partySet)
			.filter(([x, y]) => partySetKey({ participants: x }) !== partySetKey({ participants: y }))
			.chain(([x, y]) => fc.tuple(report(x), report(y)));
		fc.assert(
			fc.property(pair, ([a, b]) => {
				expect(isSameMeeting(a, b)).toBe(false);
				expect(() => mergeMeetings(a, b)).toThrow(MeetingMergeError);
				expect(() => mergeMeetings(b, a)).toThrow(MeetingMergeError);
			}),
			RUNS,
		);
	});
});

describe("absorbReport", () => {
	it("keeps the meeting's fields and gains the report's parties, sources and topics", () => {
		const [withBlinken, withRaab] = materaMeetings as [Meeting, Meeting];
		const report: Meeting = {
			...withRaab,
			date: null,
			format: "phone",
			topics: ["climate", ...withBlinken.topics.slice(0, 1)],
			sources: [{ articleId: "art-elsewhere", evidence: [{ start: 3, end: 9 }] }, ...withBlinken.sources],
		};
		const folded = absorbReport(withBlinken, report);
		expect(folded).toMatchObject({
			id: withBlinken.id,
			version: withBlinken.version,
			date: withBlinken.date,
			format: withBlinken.format,
			review: withBlinken.review,
		});
		expect(folded.participants.map(partyKey).sort()).toEqual(
			[...new Set([...withBlinken.participants, ...withRaab.participants].map(partyKey))].sort(),
		);
		expect(folded.sources.map((source) => source.articleId)).toEqual(
			[...new Set(["art-elsewhere", ...withBlinken.sources.map((source) => source.articleId)])].sort(),
		);
		expect(folded.topics).toContain("climate");
		expect(new Set(folded.topics).size).toBe(folded.topics.length);
	});
});
