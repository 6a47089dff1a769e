import { request as httpRequest } from "node:http";
import { createApp } from "@sidelines/api";
import { importPage } from "@sidelines/ingest";
import { describe, expect, it } from "vitest";
import { apiForBlock, type TestApi } from "./support/api.js";
import { DATABASES } from "./support/databases.js";
import { hardeningChecks } from "./support/hardening-checks.js";

describe.each(DATABASES)("findings of the hardening review on %s", (kind) => {
	let api: TestApi;
	apiForBlock(
		kind,
		(started) => {
			api = started;
		},
		{
			importer: importPage,
			limits: {
				writes: { limit: 10_000, windowMs: 60_000 },
				views: { limit: 3, windowMs: 60_000, maxKeys: 50 },
			},
		},
	);

	hardeningChecks(() => api);
});

describe("the failed-authentication limiter cannot be flushed", () => {
	it("keeps counting a locked-out address however many other addresses fail", async () => {
		const { openTestStore } = await import("./support/databases.js");
		const { store, dispose } = await openTestStore("sqlite");
		try {
			const app = createApp({
				store,
				clientAddress: (c) => c.req.header("x-test-client") ?? "unknown",
				limits: { authFailures: { limit: 5, windowMs: 60_000, maxKeys: 20 } },
				log: () => {},
			});
			const attempt = (client: string) =>
				app.request("/v1/proposals", {
					headers: { authorization: "Bearer not-a-real-key", "x-test-client": client },
				});
			for (let i = 0; i < 5; i++) expect((await attempt("attacker")).status).toBe(401);
			expect((await attempt("attacker")).status).toBe(429);
			for (let i = 0; i < 40; i++) await attempt(`other-${i}`);
			expect((await attempt("attacker")).status).toBe(429);
		} finally {
			await dispose();
		}
	});
});

describe("server timeouts", () => {
	it("closes a connection whose body trickles in slower than the request timeout", async () => {
		const { listen, nodeListener } = await import("@sidelines/api/node");
		const { openTestStore } = await import("./support/databases.js");
		const { store, dispose } = await openTestStore("sqlite");
		const { token } = await store.apiKeys.create({ name: "slow", scopes: ["write"] });
		const server = await listen(nodeListener(createApp({ store }).fetch), {
			port: 0,
			timeouts: { requestTimeout: 1_000, headersTimeout: 500, connectionsCheckingInterval: 200 },
		});
		try {
			const started = Date.now();
			const outcome = await new Promise<string>((resolve) => {
				const request = httpRequest(`${server.url}/v1/occasions`, {
					method: "POST",
					headers: {
						authorization: `Bearer ${token}`,
						"content-type": "application/json",
						"content-length": "1000",
					},
				});
				request.on("response", (response) => resolve(`status ${response.statusCode}`));
				request.on("error", () => resolve("closed"));
				request.write("{");
				const drip = setInterval(() => request.write(" "), 100);
				request.on("close", () => clearInterval(drip));
				setTimeout(() => {
					clearInterval(drip);
					resolve("still open");
					request.destroy();
				}, 5_000);
			});
			expect(["status 408", "closed"]).toContain(outcome);
			expect(Date.now() - started).toBeLessThan(4_000);
		} finally {
			await server.close();
			await dispose();
		}
	});
});
