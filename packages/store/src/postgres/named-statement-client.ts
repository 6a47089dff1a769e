import pg from "pg";
import { statementName } from "../compiled-query.js";

/**
 * A pg client that runs the store's compiled reads as named prepared statements: PostgreSQL parses and
 * plans each once per connection instead of on every run. Every other query runs as pg runs it.
 */
export class NamedStatementClient extends pg.Client {
	// biome-ignore lint/suspicious/noExplicitAny: pg's query has a dozen overloads; this forwards all of them.
	override query(config: any, values?: any, callback?: any): any {
		if (typeof config === "string" && Array.isArray(values) && callback === undefined) {
			const name = statementName(config);
			if (name !== undefined) return super.query({ name, text: config, values });
		}
		return super.query(config, values, callback);
	}
}
