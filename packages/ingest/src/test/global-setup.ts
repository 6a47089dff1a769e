import { type EmbeddedPostgresServer, startEmbeddedPostgres } from "@sidelines/store/testing";
import type { TestProject } from "vitest/node";

declare module "vitest" {
	export interface ProvidedContext {
		postgresUrl: string;
	}
}

let server: EmbeddedPostgresServer | undefined;

export async function setup(project: TestProject) {
	server = await startEmbeddedPostgres();
	project.provide("postgresUrl", server.url);
}

export async function teardown() {
	await server?.stop();
}
