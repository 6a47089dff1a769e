import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { materaMeetings } from "../fixtures/index.js";
import { DomainValidationError, describeIssues, parseRecord } from "../validation/issues.js";
import { Meeting, MeetingCreate, type MeetingFormat, MeetingUpdate, type Party } from "./schema.js";

const [talks] = materaMeetings;
if (!talks) throw new Error("fixture missing");

function issues(input: unknown) {
	const result = Meeting.safeParse(input);
	if (result.success) throw new Error("expected the meeting to be rejected");
	return describeIssues(result.error);
}

describe("Meeting rejects realistic bad records", () => {
	it("needs at least two parties", () => {
		const error = (() => {
			try {
				parseRecord(Meeting, { ...talks, participants: talks.participants.slice(0, 1) });
			} catch (caught) {
				return caught;
			}
		})();
		expect(error).toBeInstanceOf(DomainValidationError);
		expect((error as DomainValidationError).issues).toEqual([
			{ pointer: "/participants", path: "participants", message: "a meeting needs at least two parties" },
		]);
		expect((error as DomainValidationError).message).toBe(
			"participants: a meeting needs at least two parties",
		);
	});

	it("rejects the same party twice", () => {
		const [first] = talks.participants;
		expect(issues({ ...talks, participants: [first, { ...first }] })).toEqual([
			{
				pointer: "/participants/1",
				path: "participants.1",
				message: "the same party appears twice (also participants.0)",
			},
		]);
	});

	it("rejects a delegation of an unknown or non-ISO country, naming the code", () => {
		for (const code of ["XX", "UK"]) {
			const [found] = issues({
				...talks,
				participants: [talks.participants[0], { kind: "delegation", country: code }],
			});
			expect(found?.path).toBe("participants.1.country");
			expect(found?.message).toContain(`"${code}"`);
		}
		expect(
			Meeting.safeParse({
				...talks,
				participants: [talks.participants[0], { kind: "delegation", country: "GB" }],
			}).success,
		).toBe(true);
		expect(
			Meeting.safeParse({
				...talks,
				participants: [talks.participants[0], { kind: "delegation", country: "EU" }],
			}).success,
		).toBe(true);
	});

	it("rejects an unknown place country with the code in the message", () => {
		const [found] = issues({ ...talks, place: { city: "London", country: "UK" } });
		expect(found?.path).toBe("place.country");
		expect(found?.message).toMatch(/unknown country code "UK"/);
	});

	it("rejects a negative or zero duration", () => {
		expect(issues({ ...talks, duration: { minutes: -20, approximate: false } })).toEqual([
			{
				pointer: "/duration/minutes",
				path: "duration.minutes",
				message: "a duration is at least one minute",
			},
		]);
		expect(issues({ ...talks, duration: { minutes: 0 } })[0]?.path).toBe("duration.minutes");
		expect(issues({ ...talks, duration: { minutes: 2.5 } })[0]?.message).toBe(
			"duration is a whole number of minutes",
		);
	});

	it("rejects 2021-02-30 as a meeting date", () => {
		expect(issues({ ...talks, date: { year: 2021, month: 2, day: 30, precision: "day" } })).toEqual([
			{
				pointer: "/date/day",
				path: "date.day",
				message: "2021-02-30 is not a calendar date (February 2021 has 28 days)",
			},
		]);
	});

	it("rejects unknown fields instead of dropping them", () => {
		const [found] = issues({ ...talks, location: "Matera" });
		expect(found?.path).toBe("");
		expect(found?.message).toContain("location");
		expect(
			issues({
				...talks,
				participants: [{ ...talks.participants[0], name: "Blinken" }, talks.participants[1]],
			})[0]?.path,
		).toBe("participants.0");
	});

	it("rejects a party that is neither a diplomat nor a delegation", () => {
		const [found] = issues({
			...talks,
			participants: [talks.participants[0], { kind: "person", name: "Raab" }],
		});
		expect(found?.path).toBe("participants.1.kind");
		expect(found?.message).toBe(
			'a party has kind "diplomat" (with diplomatId) or "delegation" (with country)',
		);
	});

	it("rejects an unknown zone and a confidence above 1", () => {
		expect(issues({ ...talks, zone: "Matera/Italy" })[0]).toMatchObject({
			path: "zone",
			message: "zone is an IANA time zone such as Asia/Tokyo",
		});
		expect(issues({ ...talks, confidence: 1.5 })[0]).toMatchObject({
			path: "confidence",
			message: "confidence is 0 to 1",
		});
	});

	it("rejects an evidence span that ends before it starts", () => {
		const sources = [{ articleId: "a1", evidence: [{ start: 10, end: 5 }] }];
		expect(issues({ ...talks, sources })[0]).toMatchObject({
			path: "sources.0.evidence.0.end",
			message: "an evidence span ends after it starts",
		});
	});

	it("fills defaults when creating a meeting", () => {
		const created = parseRecord(MeetingCreate, { participants: talks.participants });
		expect(created).toMatchObject({
			date: null,
			format: "unknown",
			status: "held",
			review: "proposed",
			topics: [],
			sources: [],
		});
	});
});

describe("Meeting types", () => {
	it("infers the format union and the party union", () => {
		expectTypeOf<Meeting["format"]>().toEqualTypeOf<"in_person" | "phone" | "video" | "hybrid" | "unknown">();
		expectTypeOf<MeetingFormat>().toEqualTypeOf<Meeting["format"]>();
		expectTypeOf<Party["kind"]>().toEqualTypeOf<"diplomat" | "delegation">();
		expectTypeOf<Extract<Party, { kind: "delegation" }>>().toHaveProperty("country");
		// Input may omit what has a default; the parsed record always has it.
		expectTypeOf<z.input<typeof Meeting>["format"]>().toEqualTypeOf<Meeting["format"] | undefined>();
		expectTypeOf(parseRecord<typeof Meeting>).returns.toEqualTypeOf<Meeting>();
	});
});

describe("MeetingUpdate", () => {
	it("leaves out what the update does not name, so a partial update never clears topics or sources", () => {
		expect(MeetingUpdate.parse({ format: "in_person" })).toEqual({ format: "in_person" });
		expect(MeetingUpdate.parse({ review: "confirmed" })).toEqual({ review: "confirmed" });
		expect(MeetingUpdate.parse({ topics: [] })).toEqual({ topics: [] });
	});
});
