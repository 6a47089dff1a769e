import { startEmbeddedPostgres } from "@sidelines/store/testing";
import type { TestProject } from "vitest/node";

/** One PostgreSQL server for the whole API suite; each test file makes its own database in it. */
export default async function setup(project: TestProject) {
	const server = await startEmbeddedPostgres();
	project.provide("sidelinesPostgresUrl", server.url);
	return async () => {
		await server.stop();
	};
}
