import { dayRange, type Meeting, partyKey, partySetKey } from "@sidelines/domain";
import type { Insertable } from "kysely";
import type { MeetingParticipantsTable, MeetingsTable } from "../schema.js";

/** The rows that store one meeting: the record and one row per party. */
export interface MeetingRows {
	meeting: Insertable<MeetingsTable>;
	participants: Insertable<MeetingParticipantsTable>[];
}

/**
 * Splits a validated meeting into its rows. A diplomat's country is the country of the office held at the
 * time, else the diplomat's own country from `countryOf`.
 */
export function meetingRows(
	meeting: Meeting,
	countryOf: (diplomatId: string) => string | undefined,
): MeetingRows {
	const { version, ...doc } = meeting;
	const range = meeting.date ? dayRange(meeting.date) : null;
	const dateSort = range?.start ?? "";
	return {
		meeting: {
			id: meeting.id,
			version,
			party_set_key: partySetKey(meeting),
			date_start: range?.start ?? null,
			date_end: range?.end ?? null,
			date_sort: dateSort,
			format: meeting.format,
			status: meeting.status,
			review: meeting.review,
			occasion_id: meeting.occasionId ?? null,
			doc: JSON.stringify(doc),
		},
		participants: meeting.participants.map((party) => ({
			meeting_id: meeting.id,
			party_key: partyKey(party),
			diplomat_id: party.kind === "diplomat" ? party.diplomatId : null,
			country:
				party.kind === "delegation"
					? party.country
					: (party.office?.country ?? countryOf(party.diplomatId) ?? "ZZ"),
			review: meeting.review,
			format: meeting.format,
			date_sort: dateSort,
		})),
	};
}

/** Reads a meeting back from its row. */
export function meetingFromRow(row: { version: number; doc: string }): Meeting {
	return { ...JSON.parse(row.doc), version: row.version } as Meeting;
}
