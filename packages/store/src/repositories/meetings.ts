import { randomUUID } from "node:crypto";
import {
	isSameMeeting,
	Meeting,
	MeetingCreate,
	type MeetingCreate as MeetingCreateInput,
	MeetingUpdate,
	mergeMeetings,
	parseRecord,
	partySetKey,
	type ReviewState,
} from "@sidelines/domain";
import { sql } from "kysely";
import { compiledRead, compiledReads } from "../compiled-query.js";
import { inTransaction, type StoreContext } from "../context.js";
import { InvalidQueryError, translateConstraintError } from "../errors.js";
import { decodeCursor, pageLimit, toPage } from "../pagination.js";
import type { MeetingFilter, MeetingRepository, MeetingSaveResult, Page } from "../types.js";
import { confirmChanged, loadForChange } from "../versioned.js";
import { meetingFromRow, meetingRows } from "./meeting-rows.js";

const ENTITY = "meeting";

function isoDay(value: string, field: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
		throw new InvalidQueryError(`${field} must be an ISO day (YYYY-MM-DD)`);
	}
	return value;
}

async function diplomatCountries(context: StoreContext, meeting: Meeting): Promise<Map<string, string>> {
	const ids = meeting.participants.flatMap((party) =>
		party.kind === "diplomat" && !party.office ? [party.diplomatId] : [],
	);
	if (ids.length === 0) return new Map();
	const rows = await context.db
		.selectFrom("diplomats")
		.select(["id", "country"])
		.where("id", "in", ids)
		.execute();
	return new Map(rows.map((row) => [row.id, row.country]));
}

/** Inserts a meeting, or rewrites it when `expectedVersion` is given (guarded by that version). */
async function writeMeeting(
	context: StoreContext,
	meeting: Meeting,
	expectedVersion?: number,
): Promise<void> {
	const countries = await diplomatCountries(context, meeting);
	const rows = meetingRows(meeting, (id) => countries.get(id));
	try {
		if (expectedVersion === undefined) {
			await context.db.insertInto("meetings").values(rows.meeting).execute();
		} else {
			const { id: _id, ...changes } = rows.meeting;
			const result = await context.db
				.updateTable("meetings")
				.set(changes)
				.where("id", "=", meeting.id)
				.where("version", "=", expectedVersion)
				.executeTakeFirst();
			await confirmChanged(context, "meetings", ENTITY, meeting.id, expectedVersion, result.numUpdatedRows);
			await context.db.deleteFrom("meeting_participants").where("meeting_id", "=", meeting.id).execute();
		}
		await context.db.insertInto("meeting_participants").values(rows.participants).execute();
	} catch (error) {
		translateConstraintError(error);
	}
}

const meetingById = compiledRead<{ id: string }, { version: number; doc: string }>(({ db }, slot) =>
	db.selectFrom("meetings").select(["version", "doc"]).where("id", "=", slot("id")),
);

interface MeetingPageValues extends Record<string, unknown> {
	review: ReviewState;
	format: Meeting["format"] | undefined;
	status: Meeting["status"] | undefined;
	occasion: string | undefined;
	from: string | undefined;
	to: string | undefined;
	diplomat: string | undefined;
	country: string | undefined;
	afterDate: string | undefined;
	afterId: string | undefined;
	limit: number;
}

const FILTERS = ["format", "status", "occasion", "from", "to", "diplomat", "country", "cursor"] as const;

/** One page of meetings, newest first; compiled once per combination of filters. */
const meetingPage = compiledReads<
	MeetingFilter,
	MeetingPageValues,
	{ id: string; date_sort: string; version: number; doc: string }
>(
	(filter) => FILTERS.map((name) => (filter[name] === undefined ? "-" : "+")).join(""),
	({ db }, slot, filter) => {
		let query = db
			.selectFrom("meetings")
			.select(["id", "date_sort", "version", "doc"])
			.where("review", "=", slot("review"));
		if (filter.format !== undefined) query = query.where("format", "=", slot("format"));
		if (filter.status !== undefined) query = query.where("status", "=", slot("status"));
		if (filter.occasion !== undefined) query = query.where("occasion_id", "=", slot("occasion"));
		if (filter.from !== undefined) query = query.where("date_end", ">=", slot("from"));
		// date_sort is date_start for dated meetings: bounding it lets the scan start at `to`, not at the newest.
		if (filter.to !== undefined)
			query = query.where("date_start", "<=", slot("to")).where("date_sort", "<=", slot("to"));
		if (filter.diplomat !== undefined) {
			// A diplomat has few meetings: start from their participant rows rather than scanning by date.
			query = query.where("id", "in", (eb) =>
				eb
					.selectFrom("meeting_participants")
					.select("meeting_id")
					.where("diplomat_id", "=", slot("diplomat")),
			);
		}
		if (filter.country !== undefined) {
			query = query.where((eb) =>
				eb.exists(
					eb
						.selectFrom("meeting_participants as p")
						.select("p.party_key")
						.whereRef("p.meeting_id", "=", "meetings.id")
						.where("p.country", "=", slot("country")),
				),
			);
		}
		if (filter.cursor !== undefined) {
			query = query.where((eb) =>
				eb(eb.refTuple("date_sort", "id"), "<", eb.tuple(slot("afterDate"), slot("afterId"))),
			);
		}
		return query.orderBy("date_sort", "desc").orderBy("id", "desc").limit(slot("limit"));
	},
);

/** Meetings in SQL, with upsert by identity through the domain's merge rules. */
export function createMeetingRepository(context: StoreContext): MeetingRepository {
	const change = (id: string, expectedVersion: number, patch: MeetingUpdate) =>
		inTransaction(context, async (trx) => {
			const current = meetingFromRow(await loadForChange(trx, "meetings", ENTITY, id, expectedVersion));
			const next: Record<string, unknown> = { ...current };
			for (const [field, value] of Object.entries(patch)) {
				if (value === null && field !== "date") delete next[field];
				else if (value !== undefined) next[field] = value;
			}
			const meeting = parseRecord(Meeting, { ...next, id, version: expectedVersion + 1 });
			await writeMeeting(trx, meeting, expectedVersion);
			return meeting;
		});

	return {
		async list(filter: MeetingFilter = {}): Promise<Page<Meeting>> {
			const limit = pageLimit(filter.limit);
			const after = decodeCursor(filter.cursor, ["string", "string"] as const);
			const rows = await meetingPage.run(context, filter, {
				review: filter.review ?? "confirmed",
				format: filter.format,
				status: filter.status,
				occasion: filter.occasion,
				from: filter.from === undefined ? undefined : isoDay(filter.from, "from"),
				to: filter.to === undefined ? undefined : isoDay(filter.to, "to"),
				diplomat: filter.diplomat,
				country: filter.country?.toUpperCase(),
				afterDate: after?.[0],
				afterId: after?.[1],
				limit: limit + 1,
			});
			const page = toPage(rows, limit, (row) => [row.date_sort, row.id]);
			return { items: page.items.map(meetingFromRow), nextCursor: page.nextCursor };
		},

		async get(id) {
			const [row] = await meetingById.run(context, { id });
			return row ? meetingFromRow(row) : undefined;
		},

		async save(input: MeetingCreateInput): Promise<MeetingSaveResult> {
			const parsed = parseRecord(MeetingCreate, input);
			const key = partySetKey(parsed);
			return inTransaction(context, async (trx) => {
				if (trx.dialect === "postgres") {
					// Two reports of one meeting saved at once must not both insert: serialise per party set.
					await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx.db);
				}
				const candidates = await trx.db
					.selectFrom("meetings")
					.select(["id", "version", "doc"])
					.where("party_set_key", "=", key)
					.orderBy("id")
					.execute();
				for (const row of candidates) {
					const existing = meetingFromRow(row);
					const report: Meeting = { ...parsed, id: parsed.id ?? existing.id, version: existing.version };
					if (!isSameMeeting(existing, report)) continue;
					const meeting = parseRecord(Meeting, {
						...mergeMeetings(existing, report),
						id: existing.id,
						version: existing.version + 1,
					});
					await writeMeeting(trx, meeting, existing.version);
					return { meeting, merged: true };
				}
				const meeting = parseRecord(Meeting, {
					...parsed,
					id: parsed.id ?? `mtg-${randomUUID()}`,
					version: 1,
				});
				await writeMeeting(trx, meeting);
				return { meeting, merged: false };
			});
		},

		update: (id, patch, expectedVersion) => change(id, expectedVersion, parseRecord(MeetingUpdate, patch)),
		setReview: (id, review, expectedVersion) =>
			change(id, expectedVersion, parseRecord(MeetingUpdate, { review })),

		async delete(id, expectedVersion): Promise<void> {
			await inTransaction(context, async (trx) => {
				await loadForChange(trx, "meetings", ENTITY, id, expectedVersion);
				const result = await trx.db
					.deleteFrom("meetings")
					.where("id", "=", id)
					.where("version", "=", expectedVersion)
					.executeTakeFirst();
				await confirmChanged(trx, "meetings", ENTITY, id, expectedVersion, result.numDeletedRows);
			});
		},
	};
}
