import { randomUUID } from "node:crypto";
import {
	Article,
	ArticleCreate,
	type ArticleCreate as ArticleCreateInput,
	ArticleUpdate,
	bodyText,
	parseRecord,
	shortCode,
	slugify,
} from "@sidelines/domain";

import { type SqlBool, sql } from "kysely";
import { compiledRead, compiledReads } from "../compiled-query.js";
import { asNumber, type StoreContext } from "../context.js";
import { InvalidQueryError, NotFoundError } from "../errors.js";

import { decodeCursor, encodeCursor, pageLimit, toPage } from "../pagination.js";
import { searchSnippet } from "../search-snippet.js";
import { fieldQuery, fullTextQuery, searchTerms } from "../search-terms.js";
import type {
	ArticleFilter,
	ArticleRepository,
	Page,
	PageRequest,
	PopularArticle,
	SearchHit,
} from "../types.js";
import { loadForChange, planDelete, planRecord } from "../versioned.js";
import type { WritePlan } from "../writes/plan.js";
import { write } from "../writes/write.js";
import { articleFromRow, articleRows } from "./article-rows.js";

const ENTITY = "article";

/**
 * Search ranks by relevance the most recently stored articles that match, at most this many: ranking costs a
 * little for every candidate, and a two-word query can match most of an archive. Fewer matches are all ranked.
 */
export const SEARCH_CANDIDATES = 300;

/**
 * One page of search results. Relevance is where the terms are, the way a reader scans a list of stories:
 * 2 when every term is in the headline, 1 when every term is in the headline or standfirst, else 0; newest
 * stored first within each. Both engines find these by matching again restricted to those fields (an FTS5
 * column filter, tsquery weights), only over the candidates' range, which costs a fraction of a statistical
 * rank: FTS5's bm25 first counts every article holding each term, and ts_rank reads each candidate's vector.
 * On SQLite no LIMIT is a bare parameter (`+ 0`, or the constant itself): SQLite hands a bare one's value to the
 * planner, and a statement whose plan saw a value is prepared again whenever it is bound anew (a search on the
 * demo data cost 270 µs of CPU that way, 90 µs with `+ 0`).
 */
const searchPage = compiledRead<
	{ match: string; headline: string; lead: string; limit: number; offset: number },
	{ id: string; version: number; doc: string; rank: number | string }
>(({ db, dialect }, slot) => {
	const query =
		dialect === "sqlite"
			? sql`
				with candidates as materialized (
					select rowid as serial from articles_fts where articles_fts match ${slot("match")}
					order by rowid desc limit ${sql.lit(SEARCH_CANDIDATES)}
				), oldest as materialized (
					select min(serial) as serial from candidates
				), in_headline as materialized (
					select rowid as serial from articles_fts
					where articles_fts match ${slot("headline")} and rowid >= (select serial from oldest)
				), in_lead as materialized (
					select rowid as serial from articles_fts
					where articles_fts match ${slot("lead")} and rowid >= (select serial from oldest)
				), top as materialized (
					select c.serial, (c.serial in in_headline) + (c.serial in in_lead) as rank
					from candidates c join articles a on a.serial = c.serial
					where a.status = 'published'
					order by rank desc, c.serial desc
					limit ${slot("limit")} + 0 offset ${slot("offset")} + 0
				)
				select a.id, a.version, a.doc, top.rank
				from top cross join articles a
				where a.serial = top.serial
				order by top.rank desc, top.serial desc`
			: // Ranks come from the small headline-and-standfirst vector (migration 007), never the whole text's.
				sql`
				select a.id, a.version, a.doc, t.rank
				from (
					select c.candidate as serial,
						case when c.lead @@ to_tsquery('english', ${slot("lead")})
							then 1 + (c.lead @@ to_tsquery('english', ${slot("headline")}))::int
							else 0 end as rank
					from article_search_candidates(to_tsquery('english', ${slot("match")}), ${SEARCH_CANDIDATES}) c
					order by rank desc, c.candidate desc
					limit ${slot("limit")} offset ${slot("offset")}
				) t
				join articles a on a.serial = t.serial
				order by t.rank desc, t.serial desc`;
	return { compile: () => query.compile(db) };
});

/** The fields a search snippet is cut from, in order: the body's text is put together only if it is needed. */
function* snippetFields(article: Article): Generator<string | undefined> {
	yield article.standfirst;
	yield bodyText(article);
}

function boundary(value: string, end: boolean, field: string): string {
	const text = /^\d{4}-\d{2}-\d{2}$/.test(value)
		? `${value}T${end ? "23:59:59.999" : "00:00:00.000"}Z`
		: value;
	const time = Date.parse(text);
	if (Number.isNaN(time))
		throw new InvalidQueryError(`${field} must be an ISO day (YYYY-MM-DD) or date-time with offset`);
	return new Date(time).toISOString();
}

/** A slug no article has (nor one this plan writes): `base`, else `base-2`, `base-3`, ... */
async function freeSlug(plan: WritePlan, base: string): Promise<string> {
	const taken = new Set(
		(
			await plan.db
				.selectFrom("articles")
				.select("slug")
				.where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base.replace(/[%_\\]/g, "")}-%`)]))
				.execute()
		).map((row) => row.slug),
	);
	for (const row of plan.pendingRows("articles").values()) taken.add(String(row.slug));
	let slug = base;
	for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
	// Another writer may take the same free slug before this plan commits: then plan again, not 409.
	plan.require(sql<SqlBool>`not exists (select 1 from articles where slug = ${slug})`);
	return slug;
}

/** Plans an article's rows: INSERT, or UPDATE checked against `expectedVersion` (serial and code stay). */
function planArticle(plan: WritePlan, article: Article, expectedVersion?: number): void {
	const rows = articleRows(article);
	const row = { ...rows.article, id: article.id, version: article.version, doc: String(rows.article.doc) };
	const children = [
		{ table: "article_tags" as const, parent: "article_id" as const, rows: rows.tags },
		{ table: "article_mentions" as const, parent: "article_id" as const, rows: rows.mentions },
	];
	planRecord(plan, ENTITY, { table: "articles", row, children }, expectedVersion, ["serial", "short_code"]);
}

type Row = { version: number; doc: string };
const byColumn = {
	id: compiledRead<{ value: string }, Row>(({ db }, slot) =>
		db.selectFrom("articles").select(["version", "doc"]).where("id", "=", slot("value")),
	),
	slug: compiledRead<{ value: string }, Row>(({ db }, slot) =>
		db.selectFrom("articles").select(["version", "doc"]).where("slug", "=", slot("value")),
	),
	short_code: compiledRead<{ value: string }, Row>(({ db }, slot) =>
		db.selectFrom("articles").select(["version", "doc"]).where("short_code", "=", slot("value")),
	),
};

interface ArticlePageValues extends Record<string, unknown> {
	section: string | undefined;
	status: Article["status"] | undefined;
	/** The engine's full-text query (see `fullTextQuery`). */
	match: string | undefined;
	from: string | undefined;
	to: string | undefined;
	tag: string | undefined;
	diplomat: string | undefined;
	meeting: string | undefined;
	afterPublished: string | undefined;
	afterId: string | undefined;
	limit: number;
}

const ARTICLE_FILTERS = [
	"section",
	"status",
	"q",
	"from",
	"to",
	"tag",
	"diplomat",
	"meeting",
	"cursor",
] as const;

/**
 * How far a text filter's matches reach, which decides where a page starts. `rare`: fewer than
 * COMMON_MATCHES; the page starts from the matches and sorts them (only their keys: a record is read for the
 * page's rows alone). `common`: the page walks the articles newest first, checking each against the matches
 * gathered once (the page fills within a few rows). `everywhere` (SQLite, at least EVERYWHERE_MATCHES): the
 * walk asks FTS5 about each article instead, since gathering tens of thousands of matches costs more than the
 * few dozen rows the walk reads. PostgreSQL needs telling too: it guesses a few hundred matches for a rare
 * word and walks the whole archive for them.
 */
type TextReach = "rare" | "common" | "everywhere";

export const COMMON_MATCHES = 2000;
export const EVERYWHERE_MATCHES = 10_000;

/** How many articles FTS5's query matches, counting no further than `upTo`. */
const matchCount = compiledRead<{ match: string; upTo: number }, { matches: number | string }>(
	({ db }, slot) => {
		const query = sql`select count(*) as matches from (
		select rowid from articles_fts where articles_fts match ${slot("match")} limit ${slot("upTo")} + 0
	)`;
		return { compile: () => query.compile(db) };
	},
);

/**
 * The planner's estimate of how many articles the tsquery matches. PostgreSQL counts by reading every match's
 * row (5 ms to learn that a query matches 2,000 of 100k), while the estimate costs a plan. It is close for
 * words in the column's statistics and low for rarer ones, and low only ever means starting from the matches,
 * which few enough rows make cheap.
 */
async function estimatedMatches(context: StoreContext, match: string): Promise<number> {
	const { rows } = await sql<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>`
		explain (format json) select 1 from articles where search @@ to_tsquery('english', ${match})`.execute(
		context.db,
	);
	return rows[0]?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0;
}

async function textReach(context: StoreContext, match: string): Promise<TextReach> {
	// PostgreSQL has no third way to walk.
	if (context.dialect === "postgres")
		return (await estimatedMatches(context, match)) >= COMMON_MATCHES ? "common" : "rare";
	const matches = asNumber(
		(await matchCount.run(context, { match, upTo: EVERYWHERE_MATCHES }))[0]?.matches ?? 0,
	);
	return matches >= EVERYWHERE_MATCHES ? "everywhere" : matches >= COMMON_MATCHES ? "common" : "rare";
}

/** One page of articles, newest first; compiled once per combination of filters. */
const articlePage = compiledReads<
	ArticleFilter & { reach?: TextReach },
	ArticlePageValues,
	{ id: string; published_at: string; version: number; doc: string }
>(
	(filter) =>
		ARTICLE_FILTERS.map((name) => (filter[name] === undefined ? "-" : "+")).join("") +
		(filter.reach === undefined ? "" : ` ${filter.reach}`),
	({ db, dialect }, slot, filter) => {
		// A tag with no text, diplomat or meeting to start from leads the page: its rows carry the publication
		// time (migration 006), so its index yields the tagged articles newest first without probing the others.
		const tagLed =
			filter.tag !== undefined &&
			filter.q === undefined &&
			filter.diplomat === undefined &&
			filter.meeting === undefined;
		const articles = db.selectFrom("articles");
		let query = tagLed
			? (articles.innerJoin("article_tags as t", (join) =>
					join.onRef("t.article_id", "=", "articles.id").on("t.tag", "=", slot("tag")),
				) as unknown as typeof articles)
			: articles;
		// The page's order, and the columns its bounds and cursor compare: the tag row's copy when it leads.
		const order = tagLed
			? { published: sql.ref("t.published_at"), id: sql.ref("t.article_id") }
			: { published: sql.ref("articles.published_at"), id: sql.ref("articles.id") };
		if (filter.section !== undefined) query = query.where("articles.section", "=", slot("section"));
		if (filter.status !== undefined) query = query.where("articles.status", "=", slot("status"));
		if (filter.q !== undefined) {
			const match = slot("match");
			query = query.where(
				dialect === "postgres"
					? sql<boolean>`search @@ to_tsquery('english', ${match})`
					: filter.reach === "everywhere"
						? sql<boolean>`exists (select 1 from articles_fts f where f.articles_fts match ${match} and f.rowid = articles.serial)`
						: filter.reach === "common"
							? // `+` keeps SQLite from starting at the matches: it walks newest first, checking each.
								sql<boolean>`+serial in (select rowid from articles_fts where articles_fts match ${match})`
							: sql<boolean>`serial in (select rowid from articles_fts where articles_fts match ${match})`,
			);
		}
		if (filter.from !== undefined) query = query.where(order.published, ">=", slot("from"));
		if (filter.to !== undefined) query = query.where(order.published, "<=", slot("to"));
		if (filter.tag !== undefined && !tagLed) {
			// Alongside a narrower filter, the tag is a check on each of its articles.
			query = query.where((eb) =>
				eb.exists(
					eb
						.selectFrom("article_tags as t")
						.select("t.tag")
						.whereRef("t.article_id", "=", "articles.id")
						.where("t.tag", "=", slot("tag")),
				),
			);
		}
		for (const kind of ["diplomat", "meeting"] as const) {
			if (filter[kind] === undefined) continue;
			// Few articles mention one diplomat or meeting: start from those rather than scanning by date.
			query = query.where("articles.id", "in", (eb) =>
				eb
					.selectFrom("article_mentions as m")
					.select("m.article_id")
					.where("m.kind", "=", kind)
					.where("m.target_id", "=", slot(kind)),
			);
		}
		if (filter.cursor !== undefined) {
			query = query.where(
				sql<boolean>`(${order.published}, ${order.id}) < (${slot("afterPublished")}, ${slot("afterId")})`,
			);
		}
		if (filter.reach === "rare") {
			// The matches are sorted by their keys alone, and the records read for the page's rows only: sorting
			// whole rows read every match's record. OFFSET 0 keeps PostgreSQL's order out of the matching: it
			// finds the few matches by the GIN index, rather than walking the archive newest first on a guess.
			let keys = query.select(["articles.serial", "articles.published_at", "articles.id"]);
			// \`published_at > ''\` (always true) lets SQLite look the matches up in articles_serial_order, which holds
			// the keys, rather than in the unique index on serial, which leads to each match's whole row.
			if (dialect === "sqlite") keys = keys.where("articles.published_at", ">", "");
			const matches = db
				.selectFrom((dialect === "postgres" ? keys.offset(0) : keys).as("matches"))
				.select(["serial", "published_at", "id"])
				.orderBy("published_at", "desc")
				.orderBy("id", "desc")
				.limit(slot("limit"));
			return db
				.selectFrom(matches.as("page"))
				.innerJoin("articles as a", "a.serial", "page.serial")
				.select(["a.id", "a.published_at", "a.version", "a.doc"])
				.orderBy("page.published_at", "desc")
				.orderBy("page.id", "desc");
		}
		return query
			.select(["articles.id", "articles.published_at", "articles.version", "articles.doc"])
			.orderBy(order.published, "desc")
			.orderBy(order.id, "desc")
			.limit(slot("limit"));
	},
);

/** Articles in SQL: real columns for filters and order, the record as JSON, FTS5 or tsvector for search. */
export function createArticleRepository(context: StoreContext): ArticleRepository {
	const { db } = context;
	const by = async (column: keyof typeof byColumn, value: string) => {
		const [row] = await byColumn[column].run(context, { value });
		return row ? articleFromRow(row) : undefined;
	};
	const byIds = async (ids: string[]) => {
		if (ids.length === 0) return new Map<string, Article>();
		const rows = await db
			.selectFrom("articles")
			.select(["id", "version", "doc"])
			.where("id", "in", ids)
			.execute();
		return new Map(rows.map((row) => [row.id, articleFromRow(row)]));
	};

	return {
		get: (id) => by("id", id),
		getBySlug: (slug) => by("slug", slug),
		getByShortCode: (code) => by("short_code", code),

		async list(filter: ArticleFilter = {}): Promise<Page<Article>> {
			const limit = pageLimit(filter.limit);
			const after = decodeCursor(filter.cursor, ["string", "string"] as const);
			let match: string | undefined;
			let reach: TextReach | undefined;
			if (filter.q !== undefined) {
				const terms = searchTerms(filter.q);
				if (terms.length === 0) return { items: [], nextCursor: null };
				match = fullTextQuery(terms, context.dialect);
				reach = await textReach(context, match);
			}
			const rows = await articlePage.run(
				context,
				{ ...filter, reach },
				{
					section: filter.section,
					status: filter.status,
					match,
					from: filter.from === undefined ? undefined : boundary(filter.from, false, "from"),
					to: filter.to === undefined ? undefined : boundary(filter.to, true, "to"),
					tag: filter.tag,
					diplomat: filter.diplomat,
					meeting: filter.meeting,
					afterPublished: after?.[0],
					afterId: after?.[1],
					limit: limit + 1,
				},
			);
			const page = toPage(rows, limit, (row) => [row.published_at, row.id]);
			return { items: page.items.map(articleFromRow), nextCursor: page.nextCursor };
		},

		async search(q: string, page: PageRequest = {}): Promise<Page<SearchHit>> {
			const limit = pageLimit(page.limit);
			const offset = decodeCursor(page.cursor, ["number"] as const)?.[0] ?? 0;
			if (!Number.isInteger(offset) || offset < 0)
				throw new InvalidQueryError("cursor does not fit this list");
			const terms = searchTerms(q);
			if (terms.length === 0) return { items: [], nextCursor: null };
			const match = fullTextQuery(terms, context.dialect);
			const rows = await searchPage.run(context, {
				match,
				headline: fieldQuery(terms, context.dialect, "headline"),
				lead: fieldQuery(terms, context.dialect, "lead"),
				limit: limit + 1,
				offset,
			});
			const items = rows.slice(0, limit).map((row): SearchHit => {
				const article = articleFromRow(row);
				const { id, slug, headline, standfirst, section, publishedAt } = article;
				return {
					article:
						standfirst === undefined
							? { id, slug, headline, section, publishedAt }
							: { id, slug, headline, standfirst, section, publishedAt },
					rank: Number(row.rank),
					snippet: searchSnippet(snippetFields(article), terms),
				};
			});
			return { items, nextCursor: rows.length > limit ? encodeCursor([offset + limit]) : null };
		},

		async related(id: string, limit = 5): Promise<Article[]> {
			const max = pageLimit(limit);
			const rows = await sql<{ article_id: string; score: number | string }>`
				select shared.article_id, count(*) as score from (
					select m2.article_id from article_mentions m1
						join article_mentions m2 on m2.kind = m1.kind and m2.target_id = m1.target_id
						where m1.article_id = ${id} and m2.article_id <> ${id}
					union all
					select t2.article_id from article_tags t1
						join article_tags t2 on t2.tag = t1.tag
						where t1.article_id = ${id} and t2.article_id <> ${id}
				) shared
				join articles a on a.id = shared.article_id and a.status = 'published'
				group by shared.article_id
				order by count(*) desc, max(a.published_at) desc, shared.article_id
				limit ${max}`.execute(db);
			const articles = await byIds(rows.rows.map((row) => row.article_id));
			return rows.rows.flatMap((row) => articles.get(row.article_id) ?? []);
		},

		async popular(options: { since?: string; limit?: number } = {}): Promise<PopularArticle[]> {
			const limit = pageLimit(options.limit ?? 10);
			const since = options.since ?? new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
			if (!/^\d{4}-\d{2}-\d{2}/.test(since))
				throw new InvalidQueryError("since must be an ISO day (YYYY-MM-DD)");
			const rows = await db
				.selectFrom("article_views as v")
				.innerJoin("articles as a", "a.id", "v.article_id")
				.select(["a.id", "a.version", "a.doc"])
				.select((eb) => eb.fn.sum<number>("v.count").as("views"))
				.where("v.day", ">=", since.slice(0, 10))
				.where("a.status", "=", "published")
				.groupBy(["a.id", "a.version", "a.doc"])
				.orderBy("views", "desc")
				.orderBy("a.id")
				.limit(limit)
				.execute();
			return rows.map((row) => {
				const { id, slug, headline, section, publishedAt } = articleFromRow(row);
				return { article: { id, slug, headline, section, publishedAt }, views: asNumber(row.views) };
			});
		},

		async recordView(id: string, at: Date = new Date()): Promise<void> {
			try {
				await db
					.insertInto("article_views")
					.values({ article_id: id, day: at.toISOString().slice(0, 10), count: 1 })
					.onConflict((conflict) =>
						conflict
							.columns(["article_id", "day"])
							.doUpdateSet({ count: sql<number>`article_views.count + 1` }),
					)
					.execute();
			} catch (error) {
				const exists = await db.selectFrom("articles").select("id").where("id", "=", id).executeTakeFirst();
				if (!exists) throw new NotFoundError(ENTITY, id);
				throw error;
			}
		},

		async create(input: ArticleCreateInput): Promise<Article> {
			const parsed = parseRecord(ArticleCreate, input);
			return write(context, async (plan) => {
				const serial = await plan.nextSerial();
				const slug = parsed.slug ?? (await freeSlug(plan, slugify(parsed.headline) || `article-${serial}`));
				const article = parseRecord(Article, {
					...parsed,
					id: parsed.id ?? `art-${randomUUID()}`,
					version: 1,
					shortCode: shortCode(serial),
					slug,
				});
				planArticle(plan, article);
				return article;
			});
		},

		async update(id, patch, expectedVersion): Promise<Article> {
			const changes = parseRecord(ArticleUpdate, patch);
			return write(context, async (plan) => {
				const current = articleFromRow(await loadForChange(plan, "articles", ENTITY, id, expectedVersion));
				const defined = Object.fromEntries(
					Object.entries(changes).filter(([, value]) => value !== undefined),
				);
				const article = parseRecord(Article, { ...current, ...defined, id, version: expectedVersion + 1 });
				planArticle(plan, article, expectedVersion);
				return article;
			});
		},

		async delete(id, expectedVersion): Promise<void> {
			await write(context, (plan) => planDelete(plan, "articles", ENTITY, id, expectedVersion));
		},
	};
}
