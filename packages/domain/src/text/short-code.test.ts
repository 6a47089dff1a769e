import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SHORT_CODE_PATTERN, serialFromShortCode, shortCode } from "./short-code.js";

describe("shortCode", () => {
	it("is six URL-safe characters, stable, and not sequential for sequential serials", () => {
		expect(shortCode(1)).toMatch(SHORT_CODE_PATTERN);
		expect(shortCode(1)).toBe(shortCode(1));
		const [a, b] = [shortCode(1), shortCode(2)];
		expect(a.slice(0, 5)).not.toBe(b.slice(0, 5));
	});

	it("never collides over 100,000 serials, and serialFromShortCode inverts it", () => {
		const seen = new Set<string>();
		for (let serial = 0; serial < 100_000; serial++) {
			const code = shortCode(serial);
			seen.add(code);
			if (serialFromShortCode(code) !== serial)
				throw new Error(`serial ${serial} -> ${code} does not come back`);
		}
		expect(seen.size).toBe(100_000);
	});

	it("inverts for any 32-bit serial", () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), (serial) => {
				const code = shortCode(serial);
				expect(code).toMatch(SHORT_CODE_PATTERN);
				expect(serialFromShortCode(code)).toBe(serial);
			}),
			{ numRuns: 2_000 },
		);
	});

	it("refuses serials it cannot encode and strings no serial produces", () => {
		for (const serial of [-1, 1.5, 2 ** 32, Number.NaN]) expect(() => shortCode(serial)).toThrow(RangeError);
		expect(serialFromShortCode("abc")).toBeUndefined();
		expect(serialFromShortCode("ab-def")).toBeUndefined();
		expect(serialFromShortCode("zzzzzz")).toBeUndefined();
	});
});
