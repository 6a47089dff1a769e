import {
	type FuzzyDate,
	MEETING_FORMATS,
	MEETING_STATUSES,
	type Meeting,
	MeetingUpdate,
	type Party,
	parseRecord,
	QUALIFIERS,
} from "@sidelines/domain";
import { type FormField, type FormProblem, validated } from "./form-error.js";

/** A form as the browser sent it (FormData or URLSearchParams). */
export interface FormFields {
	get(name: string): FormDataEntryValue | null;
	getAll(name: string): FormDataEntryValue[];
}

/** Blank rows the edit form offers for adding parties. */
const EXTRA_PARTY_ROWS = 2;

/** One party row of the edit form: a diplomat (id or name) or a delegation (country code). */
interface PartyRow {
	kind: "diplomat" | "delegation";
	value: string;
	description?: string | undefined;
}

/** What a diplomat named in a party row turned out to be: their id, or why none could be chosen. */
export type Resolution = { id: string } | { error: string };

const text = (form: FormFields, name: string) => {
	const value = form.get(name);
	return typeof value === "string" ? value.trim() : "";
};
const wholeNumber = (value: string) =>
	/^\d+$/.test(value) ? Number(value) : value === "" ? undefined : Number.NaN;

/** The party rows of a meeting, as the edit form shows them. */
function partyRows(meeting: Pick<Meeting, "participants">): PartyRow[] {
	return meeting.participants.map((party) =>
		party.kind === "diplomat"
			? { kind: "diplomat", value: party.diplomatId }
			: { kind: "delegation", value: party.country, description: party.description },
	);
}

/**
 * The meeting form's controls and the record paths each one's value becomes, so a refused save points
 * at the control to fix; `partyRows` is how many party rows the form shows.
 * @example meetingFields(2).find((field) => field.paths.includes("place.country"))?.id; // "place-country"
 */
export function meetingFields(partyRows: number): FormField[] {
	return [
		...Array.from({ length: partyRows }, (_, index) => ({
			id: `party-${index}-value`,
			label: `Party ${index + 1}`,
			paths: index === 0 ? ["participants"] : [],
		})),
		{ id: "date-year", label: "Date: year", paths: ["date", "date.year"] },
		{ id: "date-month", label: "Date: month", paths: ["date.month"] },
		{ id: "date-day", label: "Date: day", paths: ["date.day"] },
		{ id: "date-qualifier", label: "Date: part of the month or year", paths: ["date.qualifier"] },
		{ id: "zone", label: "Time zone", paths: [] },
		{ id: "format", label: "Format", paths: [] },
		{ id: "status", label: "Status", paths: [] },
		{ id: "duration-minutes", label: "Duration in minutes", paths: ["duration"] },
		{ id: "place-city", label: "Place: city", paths: ["place.city"] },
		{ id: "place-country", label: "Place: country code", paths: ["place", "place.country"] },
		{ id: "place-venue", label: "Place: venue", paths: ["place.venue"] },
		{ id: "occasion", label: "On the sidelines of", paths: ["occasionId"] },
		{ id: "topics", label: "Topics", paths: [] },
	];
}

/** The date the form's fields describe; precision follows from which fields are filled. */
function readDate(form: FormFields): FuzzyDate | null {
	const year = wholeNumber(text(form, "date-year"));
	const month = wholeNumber(text(form, "date-month"));
	const day = wholeNumber(text(form, "date-day"));
	const qualifier = text(form, "date-qualifier");
	if (year === undefined && month === undefined && day === undefined) return null;
	return {
		year: year ?? Number.NaN,
		...(month !== undefined ? { month } : {}),
		...(day !== undefined ? { day } : {}),
		...(qualifier ? { qualifier: qualifier as FuzzyDate["qualifier"] & string } : {}),
		precision: day !== undefined ? "day" : month !== undefined ? "month" : "year",
	} as FuzzyDate;
}

/**
 * Reads the meeting edit form into a full `MeetingUpdate` of every editable field, validated by the
 * domain's schema. Party rows name a diplomat by id or by name; `resolveDiplomat` turns each into an
 * id (searching the stored diplomats), so the form works as plain text with JavaScript off. A party
 * that stays the same keeps the office recorded for it.
 * @example const patch = await readMeetingForm(form, meeting, async (value) => ({ id: value }));
 */
export async function readMeetingForm(
	form: FormFields,
	current: Pick<Meeting, "participants">,
	resolveDiplomat: (value: string) => Promise<Resolution>,
): Promise<MeetingUpdate> {
	const problems: FormProblem[] = [];
	const participants: Party[] = [];
	const rows = Number(text(form, "party-rows")) || 0;
	for (let index = 0; index < Math.min(rows, 60 + EXTRA_PARTY_ROWS); index++) {
		const value = text(form, `party-${index}-value`);
		if (!value || form.get(`party-${index}-remove`) !== null) continue;
		if (text(form, `party-${index}-kind`) === "delegation") {
			const description = text(form, `party-${index}-description`);
			participants.push({
				kind: "delegation",
				country: value.toUpperCase(),
				...(description ? { description } : {}),
			});
			continue;
		}
		const resolved = await resolveDiplomat(value);
		if ("error" in resolved) {
			problems.push({ field: `party-${index}-value`, message: resolved.error });
			continue;
		}
		const before = current.participants.find(
			(party) => party.kind === "diplomat" && party.diplomatId === resolved.id,
		);
		participants.push(before ?? { kind: "diplomat", diplomatId: resolved.id });
	}
	const minutes = wholeNumber(text(form, "duration-minutes"));
	const country = text(form, "place-country").toUpperCase();
	const city = text(form, "place-city");
	const venue = text(form, "place-venue");
	const occasion = text(form, "occasion");
	const zone = text(form, "zone");
	const draft = {
		participants,
		date: readDate(form),
		...(zone ? { zone } : {}),
		duration:
			minutes === undefined ? null : { minutes, approximate: form.get("duration-approximate") !== null },
		format: text(form, "format"),
		place:
			country || city || venue ? { country, ...(city ? { city } : {}), ...(venue ? { venue } : {}) } : null,
		occasionId: occasion || null,
		topics: text(form, "topics")
			.split(/\r?\n/)
			.map((topic) => topic.trim())
			.filter(Boolean),
		status: text(form, "status"),
	};
	return validated(() => parseRecord(MeetingUpdate, draft), problems);
}

/**
 * The edit form's field values for a meeting, by field name (checkboxes "on" when ticked), plus
 * {@link EXTRA_PARTY_ROWS} blank party rows.
 * @example meetingFormValues(meeting)["party-0-value"]; // "motegi-toshimitsu"
 */
export function meetingFormValues(meeting: Meeting): Record<string, string> {
	const rows = partyRows(meeting);
	const values: Record<string, string> = { "party-rows": String(rows.length + EXTRA_PARTY_ROWS) };
	rows.forEach((row, index) => {
		values[`party-${index}-kind`] = row.kind;
		values[`party-${index}-value`] = row.value;
		if (row.description) values[`party-${index}-description`] = row.description;
	});
	const date = meeting.date;
	if (date) {
		values["date-year"] = String(date.year);
		if (date.month) values["date-month"] = String(date.month);
		if (date.day) values["date-day"] = String(date.day);
		if (date.qualifier) values["date-qualifier"] = date.qualifier;
	}
	if (meeting.zone) values.zone = meeting.zone;
	if (meeting.duration) {
		values["duration-minutes"] = String(meeting.duration.minutes);
		if (meeting.duration.approximate) values["duration-approximate"] = "on";
	}
	values.format = meeting.format;
	if (meeting.place) {
		values["place-country"] = meeting.place.country;
		if (meeting.place.city) values["place-city"] = meeting.place.city;
		if (meeting.place.venue) values["place-venue"] = meeting.place.venue;
	}
	if (meeting.occasionId) values.occasion = meeting.occasionId;
	values.topics = meeting.topics.join("\n");
	values.status = meeting.status;
	values.version = String(meeting.version);
	return values;
}

/** The values a submitted form carries, by name, so a refused form is shown again as it was sent. */
export function submittedValues(form: FormFields & { keys(): Iterable<string> }): Record<string, string> {
	const values: Record<string, string> = {};
	for (const name of form.keys()) {
		const value = form.get(name);
		if (typeof value === "string") values[name] = value;
	}
	return values;
}

/** The choices of the form's select fields, from the domain. */
export const MEETING_CHOICES = {
	formats: MEETING_FORMATS,
	statuses: MEETING_STATUSES,
	qualifiers: QUALIFIERS,
};
