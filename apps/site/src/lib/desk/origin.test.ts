import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./origin.js";

const SITE = "https://site.example";

describe("isSameOrigin", () => {
	it("accepts the site's own origin", () => {
		expect(isSameOrigin(new Headers({ origin: "https://site.example" }), SITE)).toBe(true);
		expect(isSameOrigin(new Headers({ origin: "https://site.example" }), `${SITE}/`)).toBe(true);
	});

	it("refuses another origin, a look-alike, another scheme or port, and the opaque origin", () => {
		for (const origin of [
			"https://evil.example",
			"https://site.example.evil.example",
			"http://site.example",
			"https://site.example:8443",
			"null",
		])
			expect(isSameOrigin(new Headers({ origin }), SITE)).toBe(false);
	});

	it("falls back to Sec-Fetch-Site only when no Origin is sent", () => {
		expect(isSameOrigin(new Headers({ "sec-fetch-site": "same-origin" }), SITE)).toBe(true);
		expect(isSameOrigin(new Headers({ "sec-fetch-site": "cross-site" }), SITE)).toBe(false);
		expect(isSameOrigin(new Headers(), SITE)).toBe(false);
		expect(
			isSameOrigin(new Headers({ origin: "https://evil.example", "sec-fetch-site": "same-origin" }), SITE),
		).toBe(false);
	});
});
