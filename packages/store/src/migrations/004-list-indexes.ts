import type { SqlMigration } from "./sql.js";

/**
 * Indexes for lists at scale. On SQLite, the sort keys of articles by serial (the FTS5 rowid): a text filter
 * with few matches sorts them by date from this index alone instead of reading every match's row.
 */
export const listIndexesMigration: SqlMigration = {
	name: "004-list-indexes",
	sqlite: ["create index articles_serial_order on articles (serial, published_at, id)"],
	postgres: [],
};
