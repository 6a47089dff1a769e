import { providePostgres } from "@sidelines/store/testing";
import type { TestProject } from "vitest/node";

declare module "vitest" {
	export interface ProvidedContext {
		postgresUrl: string;
	}
}

/** One PostgreSQL server for the whole run; each test file creates its own databases on it. */
export default (project: TestProject) => providePostgres(project, "postgresUrl");
