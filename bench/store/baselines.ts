/*
 * The baselines for the query layer: the store's hottest reads written by hand as prepared statements
 * (node:sqlite StatementSync, or a pg named statement on one client), with the same SQL and the same work
 * on the rows as the repository (JSON.parse of the record, the next-page cursor). What the repository
 * costs beyond these is the query layer's overhead.
 */
import { DatabaseSync } from "node:sqlite";
import pg from "pg";

const COUNTERPARTS = `
	select c.party_key, c.diplomat_id, c.country, c.meetings, c.first, c.last, d.version, d.doc
	from (
		select other.party_key, other.diplomat_id, min(other.country) as country, count(distinct m.id) as meetings,
			min(m.date_start) as first, max(m.date_start) as last
		from meeting_participants me
		join meetings m on m.id = me.meeting_id and m.review = 'confirmed' and m.status = 'held'
		join meeting_participants other on other.meeting_id = m.id and other.party_key <> me.party_key
		where me.diplomat_id = $1
		group by other.party_key, other.diplomat_id
	) c
	left join diplomats d on d.id = c.diplomat_id
	order by c.meetings desc, c.party_key`;
const BY_SLUG = "select version, doc from articles where slug = $1";
const MEETINGS_OF = `select id, date_sort, version, doc from meetings
	where review = 'confirmed' and id in (select meeting_id from meeting_participants where diplomat_id = $1)
	order by date_sort desc, id desc limit 21`;

type Row = { version: number; doc: string };
type MeetingRow = Row & { id: string; date_sort: string };
/** The columns the mapping below reads (the query returns a few more). */
type CounterpartRow = { diplomat_id: string | null; country: string; meetings: number | string } & {
	[column in "first" | "last" | "doc"]: string | null;
};

const record = (row: Row) => ({ ...JSON.parse(row.doc), version: row.version });
function page(rows: MeetingRow[]) {
	const items = rows.slice(0, 20);
	const last = items.at(-1);
	const nextCursor =
		rows.length > 20 && last
			? Buffer.from(JSON.stringify([last.date_sort, last.id])).toString("base64url")
			: null;
	return { items: items.map(record), nextCursor };
}
function counterparts(rows: CounterpartRow[]) {
	return rows.map((row) => {
		const diplomat = row.doc === null ? undefined : JSON.parse(row.doc);
		return {
			counterpart: row.diplomat_id ?? `country:${row.country}`,
			meetings: Number(row.meetings),
			first: row.first,
			last: row.last,
			...(diplomat ? { diplomat: { id: diplomat.id, name: diplomat.name, country: diplomat.country } } : {}),
		};
	});
}

/** The hand-written reads over one database. */
export interface Baselines {
	articleBySlug(slug: string): Promise<unknown>;
	meetingsOf(diplomat: string): Promise<unknown>;
	counterparts(diplomat: string): Promise<unknown>;
	close(): Promise<void>;
}

export async function baselines(location: { sqlitePath?: string; databaseUrl?: string }): Promise<Baselines> {
	if (location.sqlitePath) {
		const db = new DatabaseSync(location.sqlitePath, { readOnly: true });
		const prepare = (text: string) => db.prepare(text.replace(/\$1/g, "?"));
		const bySlug = prepare(BY_SLUG);
		const meetingsOf = prepare(MEETINGS_OF);
		const counterpartsOf = prepare(COUNTERPARTS);
		return {
			articleBySlug: async (slug) => {
				const row = bySlug.get(slug) as Row | undefined;
				return row ? record(row) : undefined;
			},
			meetingsOf: async (diplomat) => page(meetingsOf.all(diplomat) as MeetingRow[]),
			counterparts: async (diplomat) => counterparts(counterpartsOf.all(diplomat) as CounterpartRow[]),
			close: async () => db.close(),
		};
	}
	const client = new pg.Client({ connectionString: location.databaseUrl });
	await client.connect();
	const query = async <R>(name: string, text: string, value: string) =>
		(await client.query<R & pg.QueryResultRow>({ name, text, values: [value] })).rows;
	return {
		articleBySlug: async (slug) => {
			const [row] = await query<Row>("by-slug", BY_SLUG, slug);
			return row ? record(row) : undefined;
		},
		meetingsOf: async (diplomat) => page(await query<MeetingRow>("meetings-of", MEETINGS_OF, diplomat)),
		counterparts: async (diplomat) =>
			counterparts(await query<CounterpartRow>("counterparts", COUNTERPARTS, diplomat)),
		close: () => client.end(),
	};
}
