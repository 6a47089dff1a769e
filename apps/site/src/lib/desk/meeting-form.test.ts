import { materaMeetings } from "@sidelines/domain/fixtures";
import { describe, expect, it } from "vitest";
import { FormError } from "./form-error.js";
import { meetingFormValues, readMeetingForm } from "./meeting-form.js";

const meeting = { ...materaMeetings[0], id: "mtg-1", version: 3 } as Parameters<typeof meetingFormValues>[0];
const known = async (value: string) =>
	["motegi-toshimitsu", "antony-blinken", "dominic-raab"].includes(value)
		? { id: value }
		: value === "Raab"
			? { id: "dominic-raab" }
			: { error: `no stored diplomat is called "${value}"` };
const formOf = (values: Record<string, string>) => new URLSearchParams(values);

describe("the meeting edit form", () => {
	it("round-trips a meeting's fields, keeping each unchanged party's recorded office", async () => {
		const values = meetingFormValues(meeting);
		expect(values["party-rows"]).toBe(String(meeting.participants.length + 2));
		const patch = await readMeetingForm(formOf(values), meeting, known);
		expect(patch.participants).toEqual(meeting.participants);
		expect(patch.date).toEqual(meeting.date);
		expect(patch.duration).toEqual(meeting.duration);
		expect(patch.format).toBe(meeting.format);
		expect(patch.place).toEqual(meeting.place);
		expect(patch.topics).toEqual(meeting.topics);
	});

	it("reads a fuzzy date's precision from the fields given and a party by name", async () => {
		const values = {
			...meetingFormValues(meeting),
			"date-day": "",
			"date-qualifier": "late",
			"duration-minutes": "",
			"place-city": "",
			"place-country": "",
			"place-venue": "",
			"party-1-value": "Raab",
		};
		const patch = await readMeetingForm(formOf(values), meeting, known);
		expect(patch.date).toEqual({ year: 2021, month: 6, qualifier: "late", precision: "month" });
		expect(patch.duration).toBeNull();
		expect(patch.place).toBeNull();
		expect(patch.participants?.[1]).toEqual({ kind: "diplomat", diplomatId: "dominic-raab" });
	});

	it("names the field of every problem and sends nothing", async () => {
		const values = {
			...meetingFormValues(meeting),
			"party-1-value": "Nobody Known",
			"date-month": "2",
			"date-day": "30",
		};
		const failure = await readMeetingForm(formOf(values), meeting, known).catch((error) => error);
		expect(failure).toBeInstanceOf(FormError);
		const fields = (failure as FormError).problems.map((problem) => problem.field);
		expect(fields).toContain("party-1-value");
		expect(fields).toContain("participants");
		expect(fields).toContain("date.day");
	});
});
