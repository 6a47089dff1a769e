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

import { compiledRead, compiledReads, pageRows, usualPage } from "../compiled-query.js";
import type { StoreContext } from "../context.js";
import { InvalidQueryError } from "../errors.js";

import { decodeCursor, pageLimit, toPage } from "../pagination.js";
import type { MeetingFilter, MeetingRepository, MeetingSaveResult, Page } from "../types.js";
import { loadForChange, planDelete, planRecord } from "../versioned.js";
import type { WritePlan } from "../writes/plan.js";
import { write } from "../writes/write.js";
import { meetingFromRow, meetingRows } from "./meeting-rows.js";

const ENTITY = "meeting";

function isoDay(value: string, field: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
		throw new InvalidQueryError(`${field} must be an ISO day (YYYY-MM-DD)`);
	}
	return value;
}

async function diplomatCountries(plan: WritePlan, meeting: Meeting): Promise<Map<string, string>> {
	const ids = meeting.participants.flatMap((party) =>
		party.kind === "diplomat" && !party.office ? [party.diplomatId] : [],
	);
	if (ids.length === 0) return new Map();
	const countries = new Map<string, string>();
	for (const id of ids) {
		const pending = plan.pending("diplomats", id);
		if (pending) countries.set(id, String(pending.country));
	}
	const unknown = ids.filter((id) => !countries.has(id));
	if (unknown.length === 0) return countries;
	const rows = await plan.db
		.selectFrom("diplomats")
		.select(["id", "country"])
		.where("id", "in", unknown)
		.execute();
	for (const row of rows) countries.set(row.id, row.country);
	return countries;
}

/** Plans a meeting's rows: INSERT, or UPDATE checked against `expectedVersion`; its participants. */
async function planMeeting(plan: WritePlan, meeting: Meeting, expectedVersion?: number): Promise<void> {
	const countries = await diplomatCountries(plan, meeting);
	const rows = meetingRows(meeting, (id) => countries.get(id));
	const row = { ...rows.meeting, id: meeting.id, version: meeting.version, doc: String(rows.meeting.doc) };
	const children = [
		{ table: "meeting_participants" as const, parent: "meeting_id" as const, rows: rows.participants },
	];
	planRecord(plan, ENTITY, { table: "meetings", row, children }, expectedVersion);
}

/**
 * The meetings stored under a party set, as this plan sees them, and a guard that they are still exactly
 * these (same ids, same versions, none added) when the plan commits: identity decisions rest on this read.
 */
async function meetingsOfPartySet(plan: WritePlan, key: string): Promise<Meeting[]> {
	const rows = new Map(
		(
			await plan.db
				.selectFrom("meetings")
				.select(["id", "version", "doc", "party_set_key"])
				.where("party_set_key", "=", key)
				.execute()
		).map((row) => [row.id, row as { version: number; doc: string; party_set_key: unknown }]),
	);
	for (const id of rows.keys()) if (plan.pending("meetings", id) === null) rows.delete(id);
	for (const [id, row] of plan.pendingRows("meetings")) {
		if (row.party_set_key === key)
			rows.set(id, row as { version: number; doc: string; party_set_key: unknown });
		else rows.delete(id);
	}
	const found = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	plan.require(
		sql.join(
			[
				sql`(select count(*) from meetings where party_set_key = ${key}) = ${found.length}`,
				...found.map(
					([id, row]) => sql`exists (select 1 from meetings where id = ${id} and version = ${row.version})`,
				),
			],
			sql` and `,
		),
	);
	return found.map(([, row]) => meetingFromRow(row));
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
	afterConfidence: number | undefined;
	afterId: string | undefined;
	limit: number;
}

const FILTERS = ["format", "status", "occasion", "from", "to", "diplomat", "country", "cursor"] as const;

/** The review queue (proposals) orders a date's meetings by confidence, highest first; the other lists by id only. */
const isQueue = (filter: MeetingFilter) => filter.review === "proposed";

/**
 * A meeting's confidence for ordering, -1 without one (so those come last). Read from the document rather than a
 * column: only the queue, which is small, orders by it, and no migration has to fill it.
 */
const confidenceOf = (dialect: StoreContext["dialect"]) =>
	dialect === "sqlite"
		? sql<number>`coalesce(json_extract(doc, '$.confidence'), -1)`
		: sql<number>`coalesce((doc::jsonb ->> 'confidence')::double precision, -1)`;

/** One page of meetings, newest first (proposals then most confident); compiled once per combination of filters. */
const meetingPage = compiledReads<
	MeetingFilter,
	MeetingPageValues,
	{ id: string; date_sort: string; confidence_sort?: number; version: number; doc: string }
>(
	(filter) =>
		FILTERS.map((name) => (filter[name] === undefined ? "-" : "+")).join("") +
		(isQueue(filter) ? "q" : "") +
		(usualPage(filter.limit) ? "" : "n"),
	({ db, dialect }, slot, filter) => {
		const queue = isQueue(filter);
		if (filter.country !== undefined && filter.diplomat === undefined && !queue) {
			// A country's meetings, with no diplomat to start from: read newest first from its participant rows,
			// which carry their meeting's review, format and date (migration 009); the records are read for the
			// page's rows alone. A meeting with two parties of the country counts from the first of them.
			let keys = db
				.selectFrom("meeting_participants as p")
				.where("p.country", "=", slot("country"))
				.where("p.review", "=", slot("review"))
				.where((eb) =>
					eb.not(
						eb.exists(
							eb
								.selectFrom("meeting_participants as same")
								.select("same.party_key")
								.whereRef("same.meeting_id", "=", "p.meeting_id")
								.whereRef("same.country", "=", "p.country")
								.whereRef("same.party_key", "<", "p.party_key"),
						),
					),
				);
			if (filter.format !== undefined) keys = keys.where("p.format", "=", slot("format"));
			if (filter.to !== undefined) keys = keys.where("p.date_sort", "<=", slot("to"));
			if (filter.cursor !== undefined)
				keys = keys.where((eb) =>
					eb(eb.refTuple("p.date_sort", "p.meeting_id"), "<", eb.tuple(slot("afterDate"), slot("afterId"))),
				);
			if (
				filter.status !== undefined ||
				filter.occasion !== undefined ||
				filter.from !== undefined ||
				filter.to !== undefined
			) {
				// The rest of the filters are on the meeting's own row, asked about for the matching rows only.
				keys = keys.where((eb) => {
					let row = eb.selectFrom("meetings as m").select("m.id").whereRef("m.id", "=", "p.meeting_id");
					if (filter.status !== undefined) row = row.where("m.status", "=", slot("status"));
					if (filter.occasion !== undefined) row = row.where("m.occasion_id", "=", slot("occasion"));
					if (filter.from !== undefined) row = row.where("m.date_end", ">=", slot("from"));
					if (filter.to !== undefined) row = row.where("m.date_start", "<=", slot("to"));
					return eb.exists(row);
				});
			}
			const page = keys
				.select(["p.meeting_id as id", "p.date_sort"])
				.orderBy("p.date_sort", "desc")
				.orderBy("p.meeting_id", "desc")
				.limit(pageRows(filter.limit, slot));
			return db
				.selectFrom(page.as("page"))
				.innerJoin("meetings as m", "m.id", "page.id")
				.select(["m.id", "m.date_sort", "m.version", "m.doc"])
				.orderBy("page.date_sort", "desc")
				.orderBy("page.id", "desc");
		}
		const confidence = confidenceOf(dialect);
		let query = db.selectFrom("meetings").where("review", "=", slot("review"));
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
			// Alongside a diplomat or in the review queue, the country is a check on each of their meetings.
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
		if (filter.cursor !== undefined && queue) {
			// The date bound lets the scan start at the cursor's date; the row comparison settles ties within it.
			query = query
				.where("date_sort", "<=", slot("afterDate"))
				.where(
					sql<boolean>`(date_sort, ${confidence}, id) < (${slot("afterDate")}, ${slot("afterConfidence")}, ${slot("afterId")})`,
				);
		} else if (filter.cursor !== undefined) {
			query = query.where((eb) =>
				eb(eb.refTuple("date_sort", "id"), "<", eb.tuple(slot("afterDate"), slot("afterId"))),
			);
		}
		const rows = query
			.select(["id", "date_sort", "version", "doc"])
			.$if(queue, (qb) => qb.select(confidence.as("confidence_sort")))
			.orderBy("date_sort", "desc");
		return (queue ? rows.orderBy(confidence, "desc") : rows)
			.orderBy("id", "desc")
			.limit(pageRows(filter.limit, slot));
	},
);

/** The key a page of meetings ends on: date, confidence (queue only) and id. */
function meetingCursor(cursor: string | undefined, queue: boolean): readonly [string?, number?, string?] {
	if (queue) return decodeCursor(cursor, ["string", "number", "string"] as const) ?? [];
	const [date, id] = decodeCursor(cursor, ["string", "string"] as const) ?? [];
	return [date, undefined, id];
}

/** Meetings in SQL, with upsert by identity through the domain's merge rules. */
export function createMeetingRepository(context: StoreContext): MeetingRepository {
	const change = (id: string, expectedVersion: number, patch: MeetingUpdate) =>
		write(context, async (plan) => {
			const current = meetingFromRow(await loadForChange(plan, "meetings", ENTITY, id, expectedVersion));
			const next: Record<string, unknown> = { ...current };
			for (const [field, value] of Object.entries(patch)) {
				if (value === null && field !== "date") delete next[field];
				else if (value !== undefined) next[field] = value;
			}
			const meeting = parseRecord(Meeting, { ...next, id, version: expectedVersion + 1 });
			await planMeeting(plan, meeting, expectedVersion);
			return meeting;
		});

	return {
		async list(filter: MeetingFilter = {}): Promise<Page<Meeting>> {
			const limit = pageLimit(filter.limit);
			const queue = isQueue(filter);
			const after = meetingCursor(filter.cursor, queue);
			const rows = await meetingPage.run(context, filter, {
				review: filter.review ?? "confirmed",
				format: filter.format,
				status: filter.status,
				occasion: filter.occasion,
				from: filter.from === undefined ? undefined : isoDay(filter.from, "from"),
				to: filter.to === undefined ? undefined : isoDay(filter.to, "to"),
				diplomat: filter.diplomat,
				country: filter.country?.toUpperCase(),
				afterDate: after[0],
				afterConfidence: after[1],
				afterId: after[2],
				limit: limit + 1,
			});
			const page = toPage(rows, limit, (row) =>
				queue ? [row.date_sort, row.confidence_sort ?? -1, row.id] : [row.date_sort, row.id],
			);
			return { items: page.items.map(meetingFromRow), nextCursor: page.nextCursor };
		},

		async get(id) {
			const [row] = await meetingById.run(context, { id });
			return row ? meetingFromRow(row) : undefined;
		},

		async save(input: MeetingCreateInput): Promise<MeetingSaveResult> {
			const parsed = parseRecord(MeetingCreate, input);
			const key = partySetKey(parsed);
			return write(context, async (plan) => {
				if (plan.context.dialect === "postgres" && plan.db.isTransaction) {
					// Two reports of one meeting saved at once: serialise per party set rather than retry.
					await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(plan.db);
				}
				for (const existing of await meetingsOfPartySet(plan, key)) {
					const report: Meeting = { ...parsed, id: parsed.id ?? existing.id, version: existing.version };
					if (!isSameMeeting(existing, report)) continue;
					const meeting = parseRecord(Meeting, {
						...mergeMeetings(existing, report),
						id: existing.id,
						version: existing.version + 1,
					});
					await planMeeting(plan, meeting, existing.version);
					return { meeting, merged: true };
				}
				const meeting = parseRecord(Meeting, {
					...parsed,
					id: parsed.id ?? `mtg-${randomUUID()}`,
					version: 1,
				});
				await planMeeting(plan, meeting);
				return { meeting, merged: false };
			});
		},

		update: (id, patch, expectedVersion) => change(id, expectedVersion, parseRecord(MeetingUpdate, patch)),
		setReview: (id, review, expectedVersion) =>
			change(id, expectedVersion, parseRecord(MeetingUpdate, { review })),

		async delete(id, expectedVersion): Promise<void> {
			await write(context, (plan) => planDelete(plan, "meetings", ENTITY, id, expectedVersion));
		},
	};
}
