import { importPage } from "@sidelines/ingest";
import { describe } from "vitest";
import { apiForBlock, type TestApi } from "./support/api.js";
import { DATABASES } from "./support/databases.js";
import { importChecks } from "./support/import-checks.js";

describe.each(DATABASES)("import and review on %s", (kind) => {
	let api: TestApi;
	apiForBlock(
		kind,
		(started) => {
			api = started;
		},
		{
			importer: importPage,
			limits: { writes: { limit: 1000, windowMs: 60_000 } },
		},
	);

	importChecks(() => api);
});
