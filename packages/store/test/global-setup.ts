import type { TestProject } from "vitest/node";
import { type EmbeddedPostgresServer, startEmbeddedPostgres } from "../src/testing/embedded-postgres.js";

declare module "vitest" {
	export interface ProvidedContext {
		postgresUrl: string;
	}
}

let server: EmbeddedPostgresServer | undefined;

/** Starts one PostgreSQL server for the whole run; each test file creates its own database on it. */
export async function setup(project: TestProject) {
	server = await startEmbeddedPostgres();
	project.provide("postgresUrl", server.url);
}

export async function teardown() {
	await server?.stop();
}
