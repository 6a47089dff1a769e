import { describe, expect, it } from "vitest";
import { apiForBlock, problemOf, startApi, type TestApi } from "./support/api.js";
import { DATABASES } from "./support/databases.js";
import { newOccasion } from "./support/records.js";
import { writeChecks } from "./support/write-checks.js";

describe.each(DATABASES)("writes on %s", (kind) => {
	let api: TestApi;
	apiForBlock(
		kind,
		(started) => {
			api = started;
		},
		{ limits: { writes: { limit: 1000, windowMs: 60_000 } } },
	);

	writeChecks(() => api);

	it("sends RateLimit headers on writes and 429 with Retry-After past the limit", async () => {
		const limited = await startApi(kind, { limits: { writes: { limit: 2, windowMs: 60_000 } } });
		try {
			const { authorization } = await limited.key(["write"]);
			const post = () =>
				limited.fetch("/v1/occasions", {
					method: "POST",
					headers: { authorization, "content-type": "application/json" },
					body: JSON.stringify(newOccasion()),
				});
			const first = await post();
			expect(first.status).toBe(201);
			expect(first.headers.get("ratelimit-limit")).toBe("2");
			expect(first.headers.get("ratelimit-remaining")).toBe("1");
			expect(Number(first.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
			expect((await post()).headers.get("ratelimit-remaining")).toBe("0");
			const third = await post();
			expect((await problemOf(third)).status).toBe(429);
			expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
		} finally {
			await limited.close();
		}
	});
});
