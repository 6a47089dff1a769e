import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoIntoD1 } from "./support/d1-demo.js";
import { demoReadChecks } from "./support/demo-reads.js";

/** The Workers entry (dist/worker.js, one bundled module) in workerd through Miniflare, over a local D1. */
describe("the Workers entry on D1", () => {
	let worker: Miniflare;
	beforeAll(async () => {
		const scriptPath = join(dirname(createRequire(import.meta.url).resolve("@sidelines/api")), "worker.js");
		worker = new Miniflare({
			// One module given by content, so workerd does not resolve paths (or source maps) outside it.
			modules: [
				{
					type: "ESModule",
					path: "worker.js",
					contents: readFileSync(scriptPath, "utf8").replace(/\/\/# sourceMappingURL=.*$/m, ""),
				},
			],
			compatibilityDate: "2026-07-01",
			compatibilityFlags: ["nodejs_compat"],
			d1Databases: ["DB"],
			bindings: { SITE_ORIGIN: "https://site.example" },
		});
		await loadDemoIntoD1((await worker.getD1Database("DB")) as never);
	}, 60_000);
	afterAll(async () => worker?.dispose());

	const get = (path: string, init?: RequestInit) =>
		worker.dispatchFetch(`http://api.example${path}`, init as never);

	// The same black-box reads as the Node server on SQLite and PostgreSQL, over D1 in workerd.
	demoReadChecks(() => get as never);

	it("is ready, and read-only", async () => {
		expect(await (await get("/readyz")).json()).toEqual({ status: "ok" });
		// Read-only on the edge until the store can write without transactions on D1.
		const write = await get("/v1/occasions", {
			method: "POST",
			body: "{}",
			headers: { "content-type": "application/json" },
		});
		expect(write.status).toBe(501);
		expect(write.headers.get("content-type")).toBe("application/problem+json");
	});

	it("serves the same OpenAPI document", async () => {
		const document = (await (await get("/openapi.json")).json()) as { paths: Record<string, unknown> };
		expect((await new Validator().validate(document as never)).valid).toBe(true);
		expect(Object.keys(document.paths)).toContain("/v1/articles/{slug}");
	});
});
