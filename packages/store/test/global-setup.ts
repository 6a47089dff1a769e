import type { TestProject } from "vitest/node";
import { providePostgres } from "../src/testing/embedded-postgres.js";

declare module "vitest" {
	export interface ProvidedContext {
		postgresUrl: string;
	}
}

/** One PostgreSQL server for the whole run; each test file creates its own databases on it. */
export default (project: TestProject) => providePostgres(project, "postgresUrl");
