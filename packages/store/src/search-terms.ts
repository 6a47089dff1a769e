import type { SqlDialect } from "./migrations/index.js";

/** A word to search for; `prefix` when the user wrote `word*`. */
export interface SearchTerm {
	text: string;
	prefix: boolean;
}

const MAX_TERMS = 16;

/**
 * Reduces any user input to plain search terms (letters and digits), so quotes, operators, `*` and
 * SQL-looking text can never reach the full-text engine as syntax.
 * @example searchTerms(`"G20" OR drop table; mat*`); // g20, or, drop, table, mat (prefix)
 */
export function searchTerms(q: string): SearchTerm[] {
	const terms: SearchTerm[] = [];
	// Lower-casing "İ" gives "i" + U+0307, the one case where it adds a combining mark: fold it to "i".
	const lower = q
		.normalize("NFKC")
		.toLocaleLowerCase("en")
		.replace(/i\u0307/g, "i");
	for (const match of lower.matchAll(/([\p{L}\p{N}]+)(\*?)/gu)) {
		const text = match[1] ?? "";
		if (text.length === 0 || text.length > 64) continue;
		terms.push({ text, prefix: match[2] === "*" });
		if (terms.length === MAX_TERMS) break;
	}
	return terms;
}

/** The engine's query text for the terms, all of which must match: an FTS5 MATCH string or a to_tsquery string. */
export function fullTextQuery(terms: SearchTerm[], dialect: SqlDialect): string {
	if (dialect === "sqlite") return terms.map((term) => `"${term.text}"${term.prefix ? "*" : ""}`).join(" ");
	return terms.map((term) => `'${term.text}'${term.prefix ? ":*" : ""}`).join(" & ");
}

/** The parts of an article a search can be restricted to: the headline, or the headline and standfirst. */
type SearchFields = "headline" | "lead";

/**
 * Like {@link fullTextQuery}, but every term must be found within `fields`: an FTS5 column filter, or
 * tsquery weights (the headline is weight A, the standfirst B).
 */
export function fieldQuery(terms: SearchTerm[], dialect: SqlDialect, fields: SearchFields): string {
	if (dialect === "sqlite")
		return `{${fields === "headline" ? "headline" : "headline standfirst"}}: (${fullTextQuery(terms, dialect)})`;
	const weights = fields === "headline" ? "A" : "AB";
	return terms.map((term) => `'${term.text}':${term.prefix ? "*" : ""}${weights}`).join(" & ");
}
