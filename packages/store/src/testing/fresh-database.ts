import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * Creates a new empty database on the PostgreSQL server at `adminUrl` and returns its URL, so each test
 * file (or test) works on its own database.
 * @example const url = await createPostgresDatabase(server.url);
 */
export async function createPostgresDatabase(adminUrl: string): Promise<string> {
	const name = `t_${randomBytes(8).toString("hex")}`;
	const client = new pg.Client({ connectionString: adminUrl });
	await client.connect();
	try {
		await client.query(`create database ${name}`);
	} finally {
		await client.end();
	}
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return url.toString();
}
