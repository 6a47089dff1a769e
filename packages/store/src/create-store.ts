import type { Kysely } from "kysely";
import { afterBulkLoad, type BulkRecords, insertBulk } from "./bulk-insert.js";
import { compiledRead } from "./compiled-query.js";
import { asNumber, type StoreContext } from "./context.js";
import { createApiKeyRepository } from "./repositories/api-keys.js";
import { createArticleRepository } from "./repositories/articles.js";
import { createAuditRepository } from "./repositories/audit.js";
import { createDiplomatRepository } from "./repositories/diplomats.js";
import { createIdempotencyRepository } from "./repositories/idempotency.js";
import { createMeetingRepository } from "./repositories/meetings.js";
import { createOccasionRepository } from "./repositories/occasions.js";
import { createSectionRepository } from "./repositories/sections.js";
import { createSessionRepository } from "./repositories/sessions.js";
import { createUserRepository } from "./repositories/users.js";
import type { Schema } from "./schema.js";
import type { Store } from "./types.js";
import { write } from "./writes/write.js";

const changesRead = compiledRead<Record<string, never>, { value: number | string }>(({ db }) =>
	db.selectFrom("counters").select("value").where("name", "=", "changes"),
);

/** A store backed by SQL, with the batch-load path and the query builder for tools that need them. */
export interface SqlStore extends Store {
	/** The Kysely instance (or transaction) this store runs on. */
	readonly kysely: Kysely<Schema>;
	/** Inserts whole records all or nothing with multi-row INSERTs (demo data, import, benchmarks). */
	bulkInsert(records: BulkRecords): Promise<void>;
	/** The applied migration names, oldest first. */
	appliedMigrations(): Promise<string[]>;
	transaction<T>(work: (store: SqlStore) => Promise<T>): Promise<T>;
}

/**
 * Builds the store's repositories over a Kysely instance whose migrations are applied. `openStore` uses it
 * for SQLite and PostgreSQL; the Workers entry uses it over Cloudflare D1 (SQLite dialect), where writes
 * commit as one batch each (`commit: commitOnD1(env.DB)`).
 * @example
 * const store = createStore({ db: new Kysely<Schema>({ dialect: new D1Dialect({ database: env.DB }) }), dialect: "sqlite", commit: commitOnD1(env.DB) });
 */
export function createStore(context: StoreContext): SqlStore {
	/**
	 * The change count as last read, with the commit mark read just before it. A commit that counts no write (a
	 * view) moves the mark but not the count, so the mark alone would drop kept answers for nothing.
	 */
	let counted: { mark: string; count: number } | undefined;
	const store: SqlStore = {
		dialect: context.dialect,
		kysely: context.db,
		articles: createArticleRepository(context),
		meetings: createMeetingRepository(context),
		diplomats: createDiplomatRepository(context),
		occasions: createOccasionRepository(context),
		sections: createSectionRepository(context),
		apiKeys: createApiKeyRepository(context),
		idempotency: createIdempotencyRepository(context),
		users: createUserRepository(context),
		sessions: createSessionRepository(context),
		audit: createAuditRepository(context),
		// One write plan for all of `work`: a transaction on Node, one batch on D1 (see writes/write.ts).
		transaction: (work) =>
			write(context, (plan) => work(context.plan === plan ? store : createStore({ ...plan.context, plan }))),
		async bulkInsert(records) {
			await write(context, (plan) => insertBulk(plan, records));
			await afterBulkLoad(context, records);
		},
		async appliedMigrations() {
			const rows = await context.db
				.selectFrom("kysely_migration" as keyof Schema)
				.select("name" as never)
				.orderBy("name" as never)
				.execute();
			return rows.map((row) => (row as { name: string }).name);
		},
		async changeCount() {
			// Read before the count: while it stays the same, no commit can have come after that count.
			const mark = context.db.isTransaction ? undefined : context.commitMark?.();
			if (mark !== undefined && counted?.mark === mark) return counted.count;
			const [row] = await changesRead.run(context, {});
			const count = row ? asNumber(row.value) : 0;
			if (mark !== undefined) counted = { mark, count };
			return count;
		},
		async ping() {
			await context.db.selectFrom("counters").select("value").limit(1).execute();
		},
		async close() {
			// The reader first: SQLite's last connection to close folds the WAL into the database file and
			// removes it, which a read-only one cannot. Left behind, a WAL is read back on the next start, and
			// every read then looks through it (after a big migration, searches took 1.7 times as long).
			await context.closeRead?.();
			await context.db.destroy();
		},
	};
	return store;
}
