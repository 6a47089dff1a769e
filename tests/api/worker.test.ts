import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { migrations } from "@sidelines/store/edge";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

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
		const database = await worker.getD1Database("DB");
		for (const migration of migrations)
			for (const statement of migration.sqlite) await database.prepare(statement).run();
		await database
			.prepare("insert into sections (slug, name, parent) values (?, ?, ?)")
			.bind("japan", "Japan", null)
			.run()
			.catch(() => undefined);
	}, 60_000);
	afterAll(async () => worker?.dispose());

	const get = (path: string, init?: RequestInit) =>
		worker.dispatchFetch(`http://api.example${path}`, init as never);

	it("serves readiness, lists and problems from D1 with the same app", async () => {
		expect(await (await get("/readyz")).json()).toEqual({ status: "ok" });
		const meetings = await get("/v1/meetings?diplomat=motegi-toshimitsu");
		expect(meetings.status).toBe(200);
		expect(await meetings.json()).toEqual({ items: [], nextCursor: null });
		const missing = await get("/v1/articles/no-such-article");
		expect(missing.status).toBe(404);
		expect(missing.headers.get("content-type")).toBe("application/problem+json");
		const tooMany = await get("/v1/articles?limit=101");
		expect(tooMany.status).toBe(400);
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
