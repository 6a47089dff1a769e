import { randomUUID } from "node:crypto";
import {
	Diplomat,
	DiplomatCreate,
	type DiplomatCreate as DiplomatCreateInput,
	DiplomatUpdate,
	foldName,
	officialName,
	parseRecord,
	RecordId,
	slugify,
} from "@sidelines/domain";

import { type ExpressionBuilder, type SqlBool, sql } from "kysely";
import { compiledRead, compiledReads, pageRows, usualPage } from "../compiled-query.js";
import { asNumber, type StoreContext } from "../context.js";

import { decodeCursor, pageLimit, toPage } from "../pagination.js";
import type { Schema } from "../schema.js";
import type { Counterpart, DiplomatFilter, DiplomatRepository, Page } from "../types.js";
import { loadForChange, planDelete, planRecord } from "../versioned.js";
import type { WritePlan } from "../writes/plan.js";
import { write } from "../writes/write.js";
import { diplomatFromRow, diplomatRows } from "./diplomat-rows.js";

const ENTITY = "diplomat";
/** The largest code point: `form < q + MAX` is a prefix match that uses the index on both engines. */
const MAX_CHAR = "\u{10FFFF}";

/** Plans a diplomat's rows: INSERT, or UPDATE checked against `expectedVersion`; its name forms. */
function planDiplomat(plan: WritePlan, diplomat: Diplomat, expectedVersion?: number): void {
	const rows = diplomatRows(diplomat);
	const row = {
		...rows.diplomat,
		id: diplomat.id,
		version: diplomat.version,
		doc: String(rows.diplomat.doc),
	};
	const children = [{ table: "diplomat_names" as const, parent: "diplomat_id" as const, rows: rows.names }];
	planRecord(plan, ENTITY, { table: "diplomats", row, children }, expectedVersion);
}

/** An id from the official name no diplomat has (nor one this plan creates): `base`, `base-2`, ... */
async function freeId(plan: WritePlan, base: string): Promise<string> {
	if (!RecordId.safeParse(base).success) return `dip-${randomUUID()}`;
	for (let suffix = 1; ; suffix++) {
		const candidate = suffix === 1 ? base : `${base}-${suffix}`;
		if (plan.pending("diplomats", candidate) !== undefined) continue;
		const taken = await plan.db
			.selectFrom("diplomats")
			.select("id")
			.where("id", "=", candidate)
			.executeTakeFirst();
		if (taken) continue;
		// Another writer may take the same id before this plan commits: then plan again, not 409.
		plan.require(sql<SqlBool>`not exists (select 1 from diplomats where id = ${candidate})`);
		return candidate;
	}
}

const diplomatById = compiledRead<{ id: string }, { version: number; doc: string }>(({ db }, slot) =>
	db.selectFrom("diplomats").select(["version", "doc"]).where("id", "=", slot("id")),
);

/** Everyone a diplomat met at confirmed, held meetings, most meetings first, with the diplomat's record. */
const counterpartsOf = compiledRead<
	{ id: string },
	{
		party_key: string;
		diplomat_id: string | null;
		country: string;
		meetings: number | string;
		first: string | null;
		last: string | null;
		version: number | null;
		doc: string | null;
	}
>(({ db }, slot) => {
	const query = sql`
		select c.party_key, c.diplomat_id, c.country, c.meetings, c.first, c.last, d.version, d.doc
		from (
			select other.party_key, other.diplomat_id, min(other.country) as country, count(distinct m.id) as meetings,
				min(m.date_start) as first, max(m.date_start) as last
			from meeting_participants me
			join meetings m on m.id = me.meeting_id and m.review = 'confirmed' and m.status = 'held'
			join meeting_participants other on other.meeting_id = m.id and other.party_key <> me.party_key
			where me.diplomat_id = ${slot("id")}
			group by other.party_key, other.diplomat_id
		) c
		left join diplomats d on d.id = c.diplomat_id
		order by c.meetings desc, c.party_key`;
	return { compile: () => query.compile(db) };
});

/** Party to a confirmed meeting, or mentioned by a published article: what readers may see. */
const publicDiplomat = (eb: ExpressionBuilder<Schema, "diplomats">) =>
	eb.or([
		eb.exists(
			eb
				.selectFrom("meeting_participants as p")
				.innerJoin("meetings as m", "m.id", "p.meeting_id")
				.select("p.meeting_id")
				.whereRef("p.diplomat_id", "=", "diplomats.id")
				.where("m.review", "=", "confirmed"),
		),
		eb.exists(
			eb
				.selectFrom("article_mentions as am")
				.innerJoin("articles as a", "a.id", "am.article_id")
				.select("am.article_id")
				.whereRef("am.target_id", "=", "diplomats.id")
				.where("am.kind", "=", "diplomat")
				.where("a.status", "=", "published"),
		),
	]);

/** The diplomat's id when readers may see them (see publicDiplomat). */
const publicById = compiledRead<{ id: string }, { id: string }>(({ db }, slot) =>
	db.selectFrom("diplomats").select("id").where("id", "=", slot("id")).where(publicDiplomat),
);

/** Which parts a page of diplomats has: its query's shape. */
interface DiplomatPageShape {
	country: boolean;
	public: boolean;
	q: boolean;
	after: boolean;
	/** The page size asked for (undefined: the usual one). */
	limit: number | undefined;
}

/** One page of diplomats by sort name; compiled once per combination of filters. */
const diplomatPage = compiledReads<
	DiplomatPageShape,
	{
		country: string | undefined;
		q: string;
		qEnd: string;
		afterName: string | undefined;
		afterId: string | undefined;
		limit: number;
	},
	{ id: string; sort_name: string; version: number; doc: string }
>(
	(shape) =>
		[shape.country, shape.public, shape.q, shape.after, !usualPage(shape.limit)]
			.map((part) => (part ? "+" : "-"))
			.join(""),
	({ db }, slot, shape) => {
		let query = db.selectFrom("diplomats").select(["id", "sort_name", "version", "doc"]);
		if (shape.country) query = query.where("country", "=", slot("country"));
		if (shape.public) query = query.where(publicDiplomat);
		if (shape.q) {
			query = query.where((eb) =>
				eb.exists(
					eb
						.selectFrom("diplomat_names as n")
						.select("n.form")
						.whereRef("n.diplomat_id", "=", "diplomats.id")
						.where("n.form", ">=", slot("q"))
						.where("n.form", "<", slot("qEnd")),
				),
			);
		}
		if (shape.after)
			query = query.where((eb) =>
				eb(eb.refTuple("sort_name", "id"), ">", eb.tuple(slot("afterName"), slot("afterId"))),
			);
		return query.orderBy("sort_name").orderBy("id").limit(pageRows(shape.limit, slot));
	},
);

/** Diplomats in SQL, searchable by every folded form of their names. */
export function createDiplomatRepository(context: StoreContext): DiplomatRepository {
	return {
		async isPublic(id) {
			return (await publicById.run(context, { id })).length > 0;
		},

		async get(id) {
			const [row] = await diplomatById.run(context, { id });
			return row ? diplomatFromRow(row) : undefined;
		},

		async list(filter: DiplomatFilter = {}): Promise<Page<Diplomat>> {
			const limit = pageLimit(filter.limit);
			const after = decodeCursor(filter.cursor, ["string", "string"] as const);
			const q = filter.q === undefined ? "" : foldName(filter.q);
			const rows = await diplomatPage.run(
				context,
				{
					country: filter.country !== undefined,
					public: filter.public === true,
					q: q.length > 0,
					after: !!after,
					limit: filter.limit,
				},
				{
					country: filter.country?.toUpperCase(),
					q,
					qEnd: `${q}${MAX_CHAR}`,
					afterName: after?.[0],
					afterId: after?.[1],
					limit: limit + 1,
				},
			);
			const page = toPage(rows, limit, (row) => [row.sort_name, row.id]);
			return { items: page.items.map(diplomatFromRow), nextCursor: page.nextCursor };
		},

		async counterparts(id: string): Promise<Counterpart[]> {
			const rows = await counterpartsOf.run(context, { id });
			return rows.map((row) => {
				const counterpart: Counterpart = {
					counterpart: row.diplomat_id ?? `country:${row.country}`,
					meetings: asNumber(row.meetings),
					first: row.first,
					last: row.last,
				};
				if (row.doc !== null && row.version !== null) {
					const diplomat = diplomatFromRow({ version: row.version, doc: row.doc });
					counterpart.diplomat = { id: diplomat.id, name: diplomat.name, country: diplomat.country };
				}
				return counterpart;
			});
		},

		async create(input: DiplomatCreateInput): Promise<Diplomat> {
			const parsed = parseRecord(DiplomatCreate, input);
			return write(context, async (plan) => {
				const id = parsed.id ?? (await freeId(plan, slugify(officialName(parsed.name))));
				const diplomat = parseRecord(Diplomat, { ...parsed, id, version: 1 });
				planDiplomat(plan, diplomat);
				return diplomat;
			});
		},

		async update(id, patch, expectedVersion): Promise<Diplomat> {
			const changes = parseRecord(DiplomatUpdate, patch);
			return write(context, async (plan) => {
				const current = diplomatFromRow(await loadForChange(plan, "diplomats", ENTITY, id, expectedVersion));
				const defined = Object.fromEntries(
					Object.entries(changes).filter(([, value]) => value !== undefined),
				);
				const diplomat = parseRecord(Diplomat, { ...current, ...defined, id, version: expectedVersion + 1 });
				planDiplomat(plan, diplomat, expectedVersion);
				return diplomat;
			});
		},

		async delete(id, expectedVersion): Promise<void> {
			await write(context, (plan) => planDelete(plan, "diplomats", ENTITY, id, expectedVersion));
		},
	};
}
