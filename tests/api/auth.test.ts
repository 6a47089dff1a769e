import { nodeClientAddress } from "@sidelines/api/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiForBlock, problemOf, startApi, type TestApi } from "./support/api.js";
import { authMatrixChecks } from "./support/auth-checks.js";
import { DATABASES } from "./support/databases.js";
import { newOccasion } from "./support/records.js";

describe.each(DATABASES)("API keys on %s", (kind) => {
	let api: TestApi;
	apiForBlock(
		kind,
		(started) => {
			api = started;
		},
		{
			limits: {
				authFailures: { limit: 10_000, windowMs: 60_000 },
				writes: { limit: 10_000, windowMs: 60_000 },
			},
		},
	);

	authMatrixChecks(() => api);
});

describe("failed authentication", () => {
	let api: TestApi;
	beforeAll(async () => {
		api = await startApi("sqlite");
	});
	afterAll(async () => api.close());

	it("answers 429 with Retry-After after five failures a minute from one client, even with a good key", async () => {
		const attempt = (authorization: string) =>
			api.fetch("/v1/occasions", {
				method: "POST",
				headers: { authorization, "content-type": "application/json" },
				body: JSON.stringify(newOccasion()),
			});
		for (let index = 0; index < 5; index++)
			expect((await attempt(`Bearer sl_wrong${index}wrongwrong`)).status).toBe(401);
		const { authorization } = await api.key(["write"]);
		const blocked = await attempt(authorization);
		expect((await problemOf(blocked)).status).toBe(429);
		expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
		expect(Number(blocked.headers.get("retry-after"))).toBeLessThanOrEqual(60);
		// Public reads are not affected.
		expect((await api.fetch("/v1/sections")).status).toBe(200);
	});
});

describe("client addresses for rate limits", () => {
	const failFiveTimes = async (api: TestApi, forwardedFor: string) => {
		for (let index = 0; index < 5; index++) {
			await api.fetch("/v1/occasions", {
				method: "POST",
				headers: { authorization: "Bearer sl_wrongwrongwrong", "x-forwarded-for": forwardedFor },
			});
		}
	};
	const attempt = (api: TestApi, forwardedFor: string) =>
		api.fetch("/v1/occasions", {
			method: "POST",
			headers: { authorization: "Bearer sl_wrongwrongwrong", "x-forwarded-for": forwardedFor },
		});

	it("ignores X-Forwarded-For unless a proxy is trusted", async () => {
		const api = await startApi("sqlite");
		try {
			await failFiveTimes(api, "203.0.113.1");
			// A spoofed header does not buy a fresh allowance: the socket's address is what counts.
			expect((await attempt(api, "203.0.113.2")).status).toBe(429);
		} finally {
			await api.close();
		}
	});

	it("keys on the address a trusted proxy appended last", async () => {
		const api = await startApi("sqlite", { clientAddress: nodeClientAddress({ trustProxy: true }) });
		try {
			await failFiveTimes(api, "198.51.100.7, 203.0.113.1");
			expect((await attempt(api, "198.51.100.7, 203.0.113.1")).status).toBe(429);
			expect((await attempt(api, "198.51.100.7, 203.0.113.2")).status).toBe(401);
		} finally {
			await api.close();
		}
	});
});
