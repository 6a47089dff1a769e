/** Configuration read from the environment: the only place in the CLI that touches process.env. */
export interface Env {
	/** postgres://... selects PostgreSQL; absent means the embedded SQLite file. */
	databaseUrl: string | undefined;
	/** Path of the SQLite file (default ./data/sidelines.db). */
	sqlitePath: string;
	/** Whether stdout is a terminal (progress bars only then). */
	interactive: boolean;
}

export function readEnv(): Env {
	return {
		databaseUrl: process.env.DATABASE_URL || undefined,
		sqlitePath: process.env.SIDELINES_DB || "./data/sidelines.db",
		interactive: Boolean(process.stdout.isTTY) && process.env.CI !== "true",
	};
}
