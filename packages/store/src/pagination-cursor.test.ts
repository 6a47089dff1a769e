import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidQueryError } from "./errors.js";
import { decodeCursor, encodeCursor, pageLimit } from "./pagination.js";
import { fullTextQuery, searchTerms } from "./search-terms.js";

describe("cursors", () => {
	it("decode what they encode", () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (a, b) => {
				expect(decodeCursor(encodeCursor([a, b]), ["string", "string"] as const)).toEqual([a, b]);
			}),
		);
	});

	it("refuse anything else with InvalidQueryError only", () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				try {
					decodeCursor(text, ["string", "string"] as const);
				} catch (error) {
					expect(error).toBeInstanceOf(InvalidQueryError);
				}
			}),
		);
		expect(() => decodeCursor(encodeCursor([1, "x"]), ["string", "string"] as const)).toThrow(
			InvalidQueryError,
		);
	});

	it("accept limits 1 to 100 only", () => {
		expect(pageLimit(undefined)).toBe(20);
		expect(pageLimit(100)).toBe(100);
		for (const bad of [0, 101, -1, 1.5, Number.NaN]) expect(() => pageLimit(bad)).toThrow(InvalidQueryError);
	});
});

describe("search terms", () => {
	it("keeps combining marks that lower-casing adds out of terms", () => {
		expect(searchTerms("İstanbul İ")).toEqual([
			{ text: "istanbul", prefix: false },
			{ text: "i", prefix: false },
		]);
	});

	it("reduce any input to letters and digits, quoted safely for both engines", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme" }), (q) => {
				const terms = searchTerms(q);
				for (const term of terms) expect(term.text).toMatch(/^[\p{L}\p{N}]+$/u);
				expect(fullTextQuery(terms, "sqlite")).toMatch(/^("[\p{L}\p{N}]+"\*? ?)*$/u);
				expect(fullTextQuery(terms, "postgres")).toMatch(/^('[\p{L}\p{N}]+'(:\*)?( & )?)*$/u);
			}),
		);
	});
});
