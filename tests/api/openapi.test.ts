import { Validator } from "@seriousme/openapi-schema-validator";
import { loadScalarBundle } from "@sidelines/api/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf, startApi, type TestApi } from "./support/api.js";

describe("OpenAPI document and reference page", () => {
	let api: TestApi;
	beforeAll(async () => {
		api = await startApi("sqlite", { scalarBundle: loadScalarBundle });
	});
	afterAll(async () => api.close());

	it("is a valid OpenAPI 3.1 document", async () => {
		const response = await api.fetch("/openapi.json");
		expect(response.status).toBe(200);
		const document = await jsonOf(response);
		expect(document.openapi).toBe("3.1.0");
		const result = await new Validator().validate(document);
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
	});

	it("describes every route the app serves, with its methods", async () => {
		const document = await jsonOf(await api.fetch("/openapi.json"));
		const served = api.app.routes
			.filter((route) => route.method !== "ALL")
			.map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:([^/]+)/g, "{$1}")}`);
		const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
			([path, item]) =>
				Object.keys(item)
					.filter((key) => ["get", "post", "patch", "delete", "put"].includes(key))
					.map((method) => `${method} ${path}`),
		);
		expect(new Set(served)).toEqual(new Set(documented));
		expect(served.length).toBeGreaterThanOrEqual(30);
	});

	it("names the domain schemas as components and documents problems", async () => {
		const document = await jsonOf(await api.fetch("/openapi.json"));
		const schemas = Object.keys(document.components.schemas);
		for (const name of [
			"Article",
			"ArticleCreate",
			"Meeting",
			"MeetingCreate",
			"Diplomat",
			"Occasion",
			"Section",
			"Problem",
		]) {
			expect(schemas).toContain(name);
		}
		expect(document.components.schemas.MeetingCreate.additionalProperties).toBe(false);
		const post = document.paths["/v1/meetings"].post;
		expect(post.security).toEqual([{ bearerAuth: [] }]);
		expect(post.responses["422"].content["application/problem+json"].schema.$ref).toBe(
			"#/components/schemas/Problem",
		);
		expect(document.components.securitySchemes.bearerAuth.scheme).toBe("bearer");
	});

	it("serves a reference page whose scripts come from this server only", async () => {
		const page = await api.fetch("/docs");
		expect(page.status).toBe(200);
		const html = await page.text();
		const csp = page.headers.get("content-security-policy") ?? "";
		expect(csp).toContain("script-src 'self'");
		expect(csp).toContain("connect-src 'self'");
		const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1] as string);
		expect(scripts).toEqual(["/docs/assets/standalone.js", "/docs/assets/init.js"]);
		expect(html).not.toMatch(/https?:\/\//);
		for (const script of scripts) {
			const response = await api.fetch(script);
			expect(response.status, script).toBe(200);
			expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
		}
		const init = await (await api.fetch("/docs/assets/init.js")).text();
		expect(init).toContain("withDefaultFonts: false");
		expect((await api.fetch("/docs/assets/other.js")).status).toBe(400);
	});
});
