/** Helpers for tests and benchmarks: a throwaway PostgreSQL and deterministic synthetic records. */
export { type EmbeddedPostgresServer, providePostgres, startEmbeddedPostgres } from "./embedded-postgres.js";
export { createPostgresDatabase } from "./fresh-database.js";
export { generateSynthetic, type SyntheticData, type SyntheticOptions } from "./synthetic.js";
