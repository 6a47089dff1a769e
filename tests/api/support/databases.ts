import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type SqlStore, type StoreOptions } from "@sidelines/store";
import { createPostgresDatabase } from "@sidelines/store/testing";
import pg from "pg";
import { inject } from "vitest";

declare module "vitest" {
	export interface ProvidedContext {
		/** URL of the PostgreSQL server started by api/global-setup.ts for the whole run. */
		sidelinesPostgresUrl: string;
	}
}

export type DatabaseKind = "sqlite" | "postgres";
/** Where a test store's database is, to open another store (another connection or pool) on it. */
export type StoreLocation = Pick<StoreOptions, "databaseUrl" | "sqlitePath">;
export const DATABASES: DatabaseKind[] = ["sqlite", "postgres"];

/** A fresh store with the demo data: a temp SQLite file, or a new database on the PostgreSQL server. */
export async function openTestStore(
	kind: DatabaseKind,
): Promise<{ store: SqlStore; location: StoreLocation; dispose(): Promise<void> }> {
	if (kind === "sqlite") {
		const dir = mkdtempSync(join(tmpdir(), "sidelines-api-"));
		const location = { sqlitePath: join(dir, "test.db") };
		const store = await openStore({ ...location, demo: true });
		return {
			store,
			location,
			async dispose() {
				await store.close();
				rmSync(dir, { recursive: true, force: true });
			},
		};
	}
	const serverUrl = inject("sidelinesPostgresUrl");
	const url = new URL(await createPostgresDatabase(serverUrl));
	const name = url.pathname.slice(1);
	const location = { databaseUrl: url.toString() };
	const store = await openStore({ ...location, demo: true });
	return {
		store,
		location,
		async dispose() {
			await store.close();
			const cleanup = new pg.Client({ connectionString: serverUrl });
			await cleanup.connect();
			await cleanup.query(`drop database if exists ${name} with (force)`);
			await cleanup.end();
		},
	};
}
