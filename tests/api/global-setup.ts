import { providePostgres } from "@sidelines/store/testing";
import type { TestProject } from "vitest/node";

/** One PostgreSQL server for the whole run; each API test file makes its own database on it. */
export default (project: TestProject) => providePostgres(project, "sidelinesPostgresUrl");
