/**
 * The part of @sidelines/store that runs outside Node (Cloudflare Workers over D1): repositories over a
 * Kysely instance you construct, and the SQLite-dialect migrations. No node:sqlite, no pg.
 */
export { createStore, type SqlStore } from "./create-store.js";
export { ConflictError, InvalidQueryError, NotFoundError, VersionConflictError } from "./errors.js";
export { migrationProvider, migrations, type SqlDialect, type SqlMigration } from "./migrations/index.js";
export { hashApiKeyToken } from "./repositories/api-keys.js";
export { isEmailAddress, PASSWORD_LENGTH } from "./repositories/users.js";
export type { Schema } from "./schema.js";
export type * from "./types.js";
export { commitOnD1, type D1Batcher } from "./writes/d1.js";
export { createD1Store, type D1Database } from "./writes/d1-store.js";
