import { describe, expect, it } from "vitest";
import { isDeskPath, safeReturnPath } from "./guard.js";

describe("the desk's paths", () => {
	it("knows what is under /desk", () => {
		expect(isDeskPath("/desk")).toBe(true);
		expect(isDeskPath("/desk/articles/a")).toBe(true);
		expect(isDeskPath("/desktop")).toBe(false);
		expect(isDeskPath("/articles/desk")).toBe(false);
	});

	it("returns after sign-in only to a desk page of this site", () => {
		expect(safeReturnPath("/desk/articles?status=draft")).toBe("/desk/articles?status=draft");
		for (const value of [
			null,
			"",
			"https://evil.example/desk",
			"//evil.example/desk",
			"/desk\\..\\x",
			"/articles/a",
		])
			expect(safeReturnPath(value)).toBe("/desk");
	});
});
