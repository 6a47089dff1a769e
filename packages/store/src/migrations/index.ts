import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { Migration, MigrationProvider } from "kysely/migration";
import { schemaMigration } from "./001-schema.js";
import { viewsAndIdempotencyMigration } from "./002-views-and-idempotency.js";
import { deskMigration } from "./003-desk.js";
import { listIndexesMigration } from "./004-list-indexes.js";
import { meetingFiltersMigration } from "./005-meeting-filters.js";
import { tagOrderMigration } from "./006-tag-order.js";
import { searchCandidatesMigration } from "./007-search-candidates.js";
import { searchBucketsMigration } from "./008-search-buckets.js";
import { countryOrderMigration } from "./009-country-order.js";
import type { SqlDialect, SqlMigration } from "./sql.js";

export type { SqlDialect, SqlMigration } from "./sql.js";

/** Every migration in order. Forward-only: add new ones at the end, never edit a shipped one. */
export const migrations: readonly SqlMigration[] = [
	schemaMigration,
	viewsAndIdempotencyMigration,
	deskMigration,
	listIndexesMigration,
	meetingFiltersMigration,
	tagOrderMigration,
	searchCandidatesMigration,
	searchBucketsMigration,
	countryOrderMigration,
];

/**
 * A Kysely migration provider for one dialect, optionally only the first `upTo` migrations (for upgrade tests).
 * The SQLite statements avoid what Cloudflare D1 lacks, so a Workers entry can apply them with kysely-d1.
 * @example new Migrator({ db, provider: migrationProvider("sqlite") }).migrateToLatest();
 */
export function migrationProvider(dialect: SqlDialect, upTo = migrations.length): MigrationProvider {
	return {
		async getMigrations() {
			const entries = migrations.slice(0, upTo).map((migration): [string, Migration] => [
				migration.name,
				{
					// biome-ignore lint/suspicious/noExplicitAny: migrations run before (and regardless of) the typed schema.
					async up(db: Kysely<any>) {
						for (const statement of migration[dialect]) await sql.raw(statement).execute(db);
					},
				},
			]);
			return Object.fromEntries(entries);
		},
	};
}
