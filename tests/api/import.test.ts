import { importPage } from "@sidelines/ingest";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { startApi, type TestApi } from "./support/api.js";
import { DATABASES } from "./support/databases.js";
import { importChecks } from "./support/import-checks.js";

describe.each(DATABASES)("import and review on %s", (kind) => {
	let api: TestApi;
	beforeAll(async () => {
		api = await startApi(kind, {
			importer: importPage,
			limits: { writes: { limit: 1000, windowMs: 60_000 } },
		});
	});
	afterAll(async () => {
		expect(api.logged).toEqual([]);
		await api.close();
	});

	importChecks(() => api);
});
