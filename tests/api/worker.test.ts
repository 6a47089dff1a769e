import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authMatrixChecks } from "./support/auth-checks.js";
import { demoReadChecks } from "./support/demo-reads.js";
import { hardeningChecks } from "./support/hardening-checks.js";
import { importChecks } from "./support/import-checks.js";
import { loadD1FromExport, startWorker, type TestWorker } from "./support/worker.js";
import { writeChecks } from "./support/write-checks.js";

/**
 * The Workers entry (dist/worker.js, one bundled module) in workerd through Miniflare, over a local D1
 * loaded the way the README says: `sidelines export`, `sidelines d1-sql`, the script run on D1.
 */
describe("the Workers entry on D1", () => {
	let worker: TestWorker;
	beforeAll(async () => {
		worker = await startWorker((database) => loadD1FromExport(database));
	}, 120_000);
	afterAll(async () => worker?.dispose());

	// The same black-box reads and writes as the Node server on SQLite and PostgreSQL, over D1 in workerd.
	demoReadChecks(() => worker.fetch);
	writeChecks(() => worker);
	authMatrixChecks(() => worker);
	importChecks(() => worker);
	hardeningChecks(() => worker);

	it("is ready", async () => {
		expect(await (await worker.fetch("/readyz")).json()).toEqual({ status: "ok" });
	});

	it("serves the same OpenAPI document", async () => {
		const document = (await (await worker.fetch("/openapi.json")).json()) as {
			paths: Record<string, unknown>;
		};
		expect((await new Validator().validate(document as never)).valid).toBe(true);
		expect(Object.keys(document.paths)).toContain("/v1/articles/{slug}");
	});
});
