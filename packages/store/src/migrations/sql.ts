/** The two SQL dialects the store speaks; D1 runs the SQLite one. */
export type SqlDialect = "sqlite" | "postgres";

/** One forward-only migration: plain SQL statements per dialect, applied in order in one transaction. */
export interface SqlMigration {
	name: string;
	sqlite: string[];
	postgres: string[];
}

/**
 * Writes a statement once for both engines: `$key` is a text column that orders byte-wise on both
 * (PostgreSQL's default collation would sort ids and names differently from SQLite).
 */
export function forBoth(statements: string[]): Pick<SqlMigration, "sqlite" | "postgres"> {
	return {
		sqlite: statements.map((statement) => statement.replaceAll("$key", "text")),
		postgres: statements.map((statement) => statement.replaceAll("$key", 'text collate "C"')),
	};
}
