import type { SqlMigration } from "./sql.js";

/**
 * PostgreSQL search at 100k articles (SQLite's FTS5 needs neither part):
 * - `lead_search`, the headline's and standfirst's words alone, weighted as in `search`: ranking reads this
 *   small inline vector instead of each candidate's whole `search`, which lives compressed out of line (ranking
 *   300 candidates took about 11 ms of a search's 30).
 * - `article_search_candidates`: the newest published matches, looked for first among the newest `share` of the
 *   archive by serial, then (only if too few were there) among the older ones. Looking in the newest share
 *   visits the heap rows of a few hundred matches instead of thousands (a two-word query with 17,059 matches:
 *   60 -> 17 ms). Only a bitmap of the serial index combined with the text index's bitmap does that; with
 *   plain index scans allowed the planner walks the serial index asking each row's whole vector, which it
 *   wrongly costs as cheap (475 ms), hence the function's own setting.
 * The new column rewrites the table: at 100k articles this migration takes a minute or two.
 */
export const searchCandidatesMigration: SqlMigration = {
	name: "007-search-candidates",
	sqlite: [],
	postgres: [
		`alter table articles add column lead_search tsvector generated always as (
			setweight(to_tsvector('english', headline), 'A') ||
			setweight(to_tsvector('english', coalesce(standfirst, '')), 'B')
		) stored`,
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
				return query select a.serial, a.lead_search from articles a
					where a.search @@ query and a.status = 'published' and a.serial < lowest
					order by a.serial desc limit wanted - found;
			end if;
		end
		$$`,
	],
};
