/** Configuration read from the environment: the only file in the API that touches `process.env`. */
export interface ApiEnv {
	/** TCP port to listen on (default 8787). */
	port: number;
	/** postgres://... selects PostgreSQL; absent means the embedded SQLite file. */
	databaseUrl: string | undefined;
	/** Path of the SQLite file (default ./data/sidelines.db). */
	sqlitePath: string;
	/** Origin of the public site, used for short-link redirects (default http://localhost:4321). */
	siteOrigin: string;
	/** Trust X-Forwarded-For / X-Forwarded-Proto from a reverse proxy in front of the server. */
	trustProxy: boolean;
	/** API processes sharing the port (WORKERS, default 1; more than 1 runs Node's cluster module). */
	workers: number;
}

/**
 * Reads the API's configuration from `process.env`.
 * @example const env = readEnv(); // { port: 8787, sqlitePath: "./data/sidelines.db", ... }
 */
export function readEnv(source: Record<string, string | undefined> = process.env): ApiEnv {
	const port = Number(source.PORT ?? 8787);
	if (!Number.isInteger(port) || port < 0 || port > 65_535)
		throw new RangeError(`PORT must be 0 to 65535, got "${source.PORT}"`);
	const workers = Number(source.WORKERS || 1);
	if (!Number.isInteger(workers) || workers < 1 || workers > 64)
		throw new RangeError(`WORKERS must be a whole number from 1 to 64, got "${source.WORKERS}"`);
	return {
		port,
		workers,
		databaseUrl: source.DATABASE_URL || undefined,
		sqlitePath: source.SIDELINES_DB || "./data/sidelines.db",
		siteOrigin: (source.SITE_ORIGIN || "http://localhost:4321").replace(/\/+$/, ""),
		trustProxy: /^(1|true|yes)$/i.test(source.TRUST_PROXY ?? ""),
	};
}
