import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, inject } from "vitest";
import { openStore, type SqlStore, type StoreOptions } from "../src/index.js";
import { createPostgresDatabase } from "../src/testing/fresh-database.js";

/** A database engine the suite runs against, able to hand out fresh empty databases. */
export interface Engine {
	name: "sqlite" | "postgres";
	/** A new empty database's connection options (a new SQLite file or a new PostgreSQL database). */
	freshDatabase(): Promise<Pick<StoreOptions, "databaseUrl" | "sqlitePath">>;
	/** Opens a store on a new empty database. */
	open(options?: Omit<StoreOptions, "databaseUrl" | "sqlitePath">): Promise<SqlStore>;
	/** Opens another store (its own connection or pool) on the database of `store`. */
	reopen(store: SqlStore, options?: Omit<StoreOptions, "databaseUrl" | "sqlitePath">): Promise<SqlStore>;
	/** Where `store`'s database is, to open it from another process. */
	locationOf(store: SqlStore): Pick<StoreOptions, "databaseUrl" | "sqlitePath">;
}

const folder = mkdtempSync(join(tmpdir(), "sidelines-store-test-"));
const opened: SqlStore[] = [];
const locations = new WeakMap<SqlStore, Pick<StoreOptions, "databaseUrl" | "sqlitePath">>();

async function openAt(
	location: Pick<StoreOptions, "databaseUrl" | "sqlitePath">,
	options: StoreOptions = {},
) {
	const store = track(await openStore({ ...options, ...location }));
	locations.set(store, location);
	return store;
}

function locationOf(store: SqlStore) {
	const location = locations.get(store);
	if (!location) throw new Error("this store was not opened by the test engines");
	return location;
}

async function reopen(store: SqlStore, options: StoreOptions = {}) {
	return openAt(locationOf(store), options);
}
let counter = 0;

afterAll(async () => {
	await Promise.all(opened.map((store) => store.close().catch(() => {})));
	rmSync(folder, { recursive: true, force: true });
});

/** Keeps track of a store so it is closed after the file's tests. */
function track<T extends SqlStore>(store: T): T {
	opened.push(store);
	return store;
}

const sqlite: Engine = {
	name: "sqlite",
	async freshDatabase() {
		counter += 1;
		return { sqlitePath: join(folder, `db-${counter}`, "sidelines.db") };
	},
	async open(options = {}) {
		return openAt(await sqlite.freshDatabase(), options);
	},
	reopen,
	locationOf,
};

const postgres: Engine = {
	name: "postgres",
	async freshDatabase() {
		return { databaseUrl: await createPostgresDatabase(inject("postgresUrl")) };
	},
	async open(options = {}) {
		return openAt(await postgres.freshDatabase(), options);
	},
	reopen,
	locationOf,
};

/** Both engines: `describe.each(engines)` runs the same assertions on SQLite and PostgreSQL. */
export const engines: Engine[] = [sqlite, postgres];

/** One engine, for tests about what only that engine does. */
export function engineNamed(name: Engine["name"]): Engine {
	const engine = engines.find((candidate) => candidate.name === name);
	if (!engine) throw new Error(`the suite has no ${name} engine`);
	return engine;
}
