import { demoRecords } from "@sidelines/domain/fixtures";
import { sql } from "kysely";
import type { SqlStore } from "./create-store.js";

/**
 * Loads the demo world (`demoRecords`: the Matera records plus invented stories tagged `synthetic`) into an
 * empty database in one bulk insert. Does nothing when any record exists, so calling it on every start
 * loads them exactly once.
 * @returns whether the records were loaded by this call.
 * @example await loadDemoData(await openStore({ sqlitePath: "./data/demo.db" }));
 */
export async function loadDemoData(store: SqlStore): Promise<boolean> {
	return store.transaction(async (trx) => {
		if (trx.dialect === "postgres") await sql`select pg_advisory_xact_lock(7413251)`.execute(trx.kysely);
		const tables = ["sections", "articles", "diplomats", "meetings", "occasions"] as const;
		for (const table of tables) {
			const any = await trx.kysely
				.selectFrom(table)
				.select(sql<number>`1`.as("one"))
				.limit(1)
				.executeTakeFirst();
			if (any) return false;
		}
		await trx.bulkInsert(demoRecords);
		return true;
	});
}
