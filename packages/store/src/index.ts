/**
 * @sidelines/store: articles, meetings and diplomats in SQLite (embedded, default) or PostgreSQL,
 * through one Kysely query layer.
 */
export type { BulkRecords } from "./bulk-insert.js";
export { createStore, type SqlStore } from "./create-store.js";
export { loadDemoData } from "./demo-data.js";
export {
	DUMP_FORMAT,
	DUMP_VERSION,
	type DumpCounts,
	d1ScriptFromDump,
	exportDump,
	importDump,
} from "./dump/index.js";
export {
	ConflictError,
	DumpError,
	InvalidQueryError,
	NotFoundError,
	VersionConflictError,
} from "./errors.js";
export { migrationProvider, migrations, type SqlDialect, type SqlMigration } from "./migrations/index.js";
export { DEFAULT_SQLITE_PATH, openStore, type StoreOptions } from "./open-store.js";
export { DEFAULT_LIMIT, MAX_LIMIT } from "./pagination.js";
export { hashApiKeyToken } from "./repositories/api-keys.js";
export { isEmailAddress, PASSWORD_LENGTH } from "./repositories/users.js";
export type { Schema } from "./schema.js";
export { searchTerms } from "./search-terms.js";
export { NodeSqliteDialect } from "./sqlite/node-sqlite-dialect.js";
export type * from "./types.js";
