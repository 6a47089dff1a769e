import { Kysely } from "kysely";
import { D1Dialect } from "kysely-d1";
import { createStore, type SqlStore } from "../create-store.js";
import type { Schema } from "../schema.js";
import { commitOnD1, type D1Batcher } from "./d1.js";

/** A Cloudflare D1 binding (`env.DB`), as far as the store uses it: queries through kysely-d1, batches. */
export type D1Database = ConstructorParameters<typeof D1Dialect>[0]["database"] & D1Batcher;

/**
 * The store over a Cloudflare D1 database whose SQLite migrations are applied: reads through kysely-d1,
 * each write as one atomic `batch()` (see `commitOnD1`).
 * @example const store = createD1Store(env.DB); await store.occasions.create({ ... });
 */
export function createD1Store(database: D1Database): SqlStore {
	return createStore({
		db: new Kysely<Schema>({ dialect: new D1Dialect({ database }) }),
		dialect: "sqlite",
		commit: commitOnD1(database),
	});
}
