import type pg from "pg";
import { statementName } from "../compiled-query.js";
import type { DirectRead } from "../context.js";

/** Compiled reads straight on the pool, as named prepared statements (parsed and planned once per connection). */
export function postgresRead(pool: pg.Pool): DirectRead {
	return async (sql, parameters) =>
		(await pool.query({ name: statementName(sql), text: sql, values: parameters as unknown[] })).rows;
}
