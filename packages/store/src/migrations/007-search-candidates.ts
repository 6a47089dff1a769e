import type { SqlMigration } from "./sql.js";

/**
 * PostgreSQL search at 100k articles (SQLite's FTS5 needs none of this):
 * - `lead_search`, the headline's and standfirst's words alone, weighted as in `search`: ranking reads this
 *   small inline vector instead of each candidate's whole `search`, which lives out of line (ranking 300
 *   candidates took about 11 ms of a search's 30).
 * - The text index also holds each article's serial (`btree_gin`, a contrib extension every PostgreSQL
 *   distribution ships): a query for the newest matches narrows the index scan to the newest serials instead of
 *   gathering every match (two words with 17,059 matches: 11.4 -> 2.1 ms). It serves every text query, so
 *   it replaces the old text index.
 * - `article_search_candidates`: the newest published matches, looked for first among the newest `share` of
 *   the archive by serial, then (only if too few were there) among the older ones. Plain index scans are off
 *   inside it: with them the planner walks the serial index asking each row's whole vector, which it wrongly
 *   costs as cheap (475 ms).
 * The new column rewrites the table and the index is rebuilt: at 100k articles this takes a minute or two.
 */
export const searchCandidatesMigration: SqlMigration = {
	name: "007-search-candidates",
	sqlite: [],
	postgres: [
		// The old index goes before the new column's rewrite, which would rebuild it, and the new one after.
		"drop index articles_search",
		`alter table articles add column lead_search tsvector generated always as (
			setweight(to_tsvector('english', headline), 'A') ||
			setweight(to_tsvector('english', coalesce(standfirst, '')), 'B')
		) stored`,
		"create extension if not exists btree_gin",
		"create index articles_search_recent on articles using gin (search, serial)",
		`create function article_search_candidates(query tsquery, share double precision, wanted integer)
		returns table (candidate integer, lead tsvector)
		language plpgsql stable
		set enable_indexscan = off
		as $$
		declare
			lowest integer;
			found integer;
		begin
			if share >= 1 then
				return query select a.serial, a.lead_search from articles a
					where a.search @@ query and a.status = 'published'
					order by a.serial desc limit wanted;
				return;
			end if;
			-- The serial counter, not max(serial): with plain index scans off, max() would read the whole table.
			select c.value - ceil(share * c.value)::integer into lowest from counters c where c.name = 'article_serial';
			return query select a.serial, a.lead_search from articles a
				where a.search @@ query and a.status = 'published' and a.serial >= lowest
				order by a.serial desc limit wanted;
			get diagnostics found = row_count;
			if found < wanted then
				-- "+ 0": scanning the older serials' part of the index costs by their number; checking the
				-- matches' serials costs by the matches'.
				return query select a.serial, a.lead_search from articles a
					where a.search @@ query and a.status = 'published' and a.serial + 0 < lowest
					order by a.serial desc limit wanted - found;
			end if;
		end
		$$`,
	],
};
