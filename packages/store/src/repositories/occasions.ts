import { randomUUID } from "node:crypto";
import { Occasion, OccasionCreate, OccasionUpdate, parseRecord, partyKey, RecordId } from "@sidelines/domain";
import type { Insertable } from "kysely";
import { compiledRead, compiledReads, pageRows, usualPage } from "../compiled-query.js";
import type { StoreContext } from "../context.js";
import { decodeCursor, pageLimit, toPage } from "../pagination.js";
import type { OccasionsTable } from "../schema.js";
import type { OccasionMatrix, OccasionRepository, Page, PageRequest } from "../types.js";
import { loadForChange, planDelete, planRecord } from "../versioned.js";
import type { WritePlan } from "../writes/plan.js";
import { write } from "../writes/write.js";
import { meetingFromRow } from "./meeting-rows.js";

const ENTITY = "occasion";

/** The row that stores one occasion. */
export function occasionRow(occasion: Occasion): Insertable<OccasionsTable> {
	const { version, ...doc } = occasion;
	return {
		id: occasion.id,
		version,
		slug: occasion.slug,
		start_day: occasion.start,
		doc: JSON.stringify(doc),
	};
}

/** Reads an occasion back from its row. */
export function occasionFromRow(row: { version: number; doc: string }): Occasion {
	return { ...JSON.parse(row.doc), version: row.version } as Occasion;
}

function planOccasion(plan: WritePlan, occasion: Occasion, expectedVersion?: number): void {
	const row = occasionRow(occasion);
	planRecord(
		plan,
		ENTITY,
		{
			table: "occasions",
			row: { ...row, id: occasion.id, version: occasion.version, doc: row.doc },
			children: [],
		},
		expectedVersion,
	);
}

const partyId = (key: string) =>
	key.startsWith("diplomat:") ? key.slice("diplomat:".length) : `country:${key.slice(key.indexOf(":") + 1)}`;

const occasionBy = {
	id: compiledRead<{ value: string }, { version: number; doc: string }>(({ db }, slot) =>
		db.selectFrom("occasions").select(["version", "doc"]).where("id", "=", slot("value")),
	),
	slug: compiledRead<{ value: string }, { version: number; doc: string }>(({ db }, slot) =>
		db.selectFrom("occasions").select(["version", "doc"]).where("slug", "=", slot("value")),
	),
};

/** One page of occasions, newest first; compiled once with a cursor and once without. */
const occasionPage = compiledReads<
	{ after: boolean; limit: number | undefined },
	{ afterDay: string | undefined; afterId: string | undefined; limit: number },
	{ id: string; start_day: string; version: number; doc: string }
>(
	({ after, limit }) => (after ? "after" : "first") + (usualPage(limit) ? "" : " sized"),
	({ db }, slot, { after, limit }) => {
		let query = db.selectFrom("occasions").select(["id", "start_day", "version", "doc"]);
		if (after)
			query = query.where((eb) =>
				eb(eb.refTuple("start_day", "id"), "<", eb.tuple(slot("afterDay"), slot("afterId"))),
			);
		return query.orderBy("start_day", "desc").orderBy("id", "desc").limit(pageRows(limit, slot));
	},
);

/** The confirmed meetings held at an occasion, by id: the matrix's cells. */
const heldAt = compiledRead<{ id: string }, { id: string; version: number; doc: string }>(({ db }, slot) =>
	db
		.selectFrom("meetings")
		.select(["id", "version", "doc"])
		.where("occasion_id", "=", slot("id"))
		.where("review", "=", "confirmed")
		.where("status", "=", "held")
		.orderBy("id"),
);

/** Occasions in SQL, with the who-met-whom matrix of confirmed meetings held there. */
export function createOccasionRepository(context: StoreContext): OccasionRepository {
	const byColumn = async (column: keyof typeof occasionBy, value: string) => {
		const [row] = await occasionBy[column].run(context, { value });
		return row ? occasionFromRow(row) : undefined;
	};
	return {
		get: (id) => byColumn("id", id),
		getBySlug: (slug) => byColumn("slug", slug),

		async list(page: PageRequest = {}): Promise<Page<Occasion>> {
			const limit = pageLimit(page.limit);
			const after = decodeCursor(page.cursor, ["string", "string"] as const);
			const rows = await occasionPage.run(
				context,
				{ after: after !== undefined, limit: page.limit },
				{
					afterDay: after?.[0],
					afterId: after?.[1],
					limit: limit + 1,
				},
			);
			const result = toPage(rows, limit, (row) => [row.start_day, row.id]);
			return { items: result.items.map(occasionFromRow), nextCursor: result.nextCursor };
		},

		async matrix(id: string): Promise<OccasionMatrix | undefined> {
			const occasion = await byColumn("id", id);
			if (!occasion) return undefined;
			const rows = await heldAt.run(context, { id });
			const pairs = new Map<string, { a: string; b: string; meetings: string[] }>();
			const parties = new Set<string>();
			for (const meeting of rows.map(meetingFromRow)) {
				const ids = [...new Set(meeting.participants.map((party) => partyId(partyKey(party))))].sort();
				for (const party of ids) parties.add(party);
				for (let i = 0; i < ids.length; i++) {
					for (let j = i + 1; j < ids.length; j++) {
						const a = ids[i] as string;
						const b = ids[j] as string;
						const pair = pairs.get(`${a}|${b}`) ?? { a, b, meetings: [] };
						pair.meetings.push(meeting.id);
						pairs.set(`${a}|${b}`, pair);
					}
				}
			}
			return {
				occasion,
				parties: [...parties].sort(),
				pairs: [...pairs.values()].sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1)),
			};
		},

		async create(input) {
			const parsed = parseRecord(OccasionCreate, input);
			const id = parsed.id ?? (RecordId.safeParse(parsed.slug).success ? parsed.slug : `occ-${randomUUID()}`);
			const occasion = parseRecord(Occasion, { ...parsed, id, version: 1 });
			await write(context, async (plan) => planOccasion(plan, occasion));
			return occasion;
		},

		async update(id, patch, expectedVersion) {
			const changes = parseRecord(OccasionUpdate, patch);
			return write(context, async (plan) => {
				const current = occasionFromRow(await loadForChange(plan, "occasions", ENTITY, id, expectedVersion));
				const defined = Object.fromEntries(
					Object.entries(changes).filter(([, value]) => value !== undefined),
				);
				const occasion = parseRecord(Occasion, { ...current, ...defined, id, version: expectedVersion + 1 });
				planOccasion(plan, occasion, expectedVersion);
				return occasion;
			});
		},

		async delete(id, expectedVersion) {
			await write(context, (plan) => planDelete(plan, "occasions", ENTITY, id, expectedVersion));
		},
	};
}
