import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrations, openStore } from "@sidelines/store";
import { sql } from "kysely";

/** The part of Miniflare's D1 binding this loader uses. */
interface D1Like {
	prepare(query: string): { bind(...values: unknown[]): unknown; run(): Promise<unknown> };
	batch(statements: unknown[]): Promise<unknown>;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Applies the store's SQLite migrations to a D1 database and loads the demo data into it: the demo data
 * is written by the store into a scratch SQLite file, then copied row by row in one D1 batch (a batch is
 * one transaction). The full-text index fills itself through the migrations' triggers.
 */
export async function loadDemoIntoD1(database: D1Like): Promise<void> {
	for (const migration of migrations)
		for (const statement of migration.sqlite) await database.prepare(statement).run();
	const folder = mkdtempSync(join(tmpdir(), "sidelines-d1-demo-"));
	const store = await openStore({ sqlitePath: join(folder, "demo.db"), demo: true });
	try {
		const tables = await sql<{ name: string }>`
			select name from sqlite_master
			where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' and name not like 'articles_fts%'
			order by name`.execute(store.kysely);
		const statements: unknown[] = [database.prepare("pragma defer_foreign_keys = on")];
		for (const { name } of tables.rows) {
			const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(store.kysely);
			for (const row of rows.rows) {
				const columns = Object.keys(row);
				const insert = `insert or replace into ${quote(name)} (${columns.map(quote).join(", ")}) values (${columns.map(() => "?").join(", ")})`;
				statements.push(database.prepare(insert).bind(...columns.map((column) => row[column] ?? null)));
			}
		}
		await database.batch(statements);
	} finally {
		await store.close();
		rmSync(folder, { recursive: true, force: true });
	}
}
