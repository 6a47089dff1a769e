import type { ApiKeyScope, SqlStore } from "@sidelines/store";

/**
 * A running deployment the shared checks talk to: the Node server on SQLite or PostgreSQL, or the Workers
 * entry on D1 in workerd. `store` is the same database, for setting up keys and looking behind the API.
 */
export interface ApiTarget {
	fetch(path: string, init?: RequestInit): Promise<Response>;
	store: SqlStore;
	/** Creates an API key and returns its bearer header value. */
	key(scopes: ApiKeyScope[], name?: string): Promise<{ id: string; authorization: string }>;
}
