import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Slug } from "../validation/common.js";
import { slugify } from "./slugify.js";

describe("slugify", () => {
	it("makes the seed's headline a slug", () => {
		expect(slugify("Motegi, Blinken affirm G20 cooperation in Matera")).toBe(
			"motegi-blinken-affirm-g20-cooperation-in-matera",
		);
		expect(slugify("Japan's FM meets Italy's Di Maio")).toBe("japans-fm-meets-italys-di-maio");
	});

	it("folds accents, keeps other scripts and collapses punctuation", () => {
		expect(slugify("Açores — São Tomé & Príncipe")).toBe("acores-sao-tome-principe");
		expect(slugify("Straße")).toBe("strasse");
		expect(slugify("茂木外相 G20で会談")).toBe("茂木外相-g20で会談");
		expect(slugify("  --Hello--  ")).toBe("hello");
		expect(slugify("!!!")).toBe("");
		expect(slugify("İstanbul")).toBe("istanbul");
		expect(slugify("ガザ停戦 ｶﾞｻﾞ")).toBe("ガザ停戦-ガザ");
		expect(slugify("नमस्ते भारत")).toBe("नमस्ते-भारत");
		expect(Slug.safeParse(slugify("नमस्ते भारत")).success).toBe(true);
	});

	it("cuts long text at a word boundary within maxLength", () => {
		const slug = slugify("Foreign ministers discuss climate security and trade at length in Matera", 30);
		expect(slug).toBe("foreign-ministers-discuss");
		expect(slugify("abcdefghij", 4)).toBe("abcd");
	});

	it("never cuts a character outside the Basic Multilingual Plane in half", () => {
		const text = `${"a".repeat(79)}𠮷野家`;
		const slug = slugify(text);
		expect(slug).toBe("a".repeat(79));
		expect(Slug.safeParse(slug).success).toBe(true);
		expect(slugify(`${"a".repeat(79)}𠮷𠮷`)).toBe("a".repeat(79));
		expect(slugify(`${"a".repeat(78)}𠮷𠮷`)).toBe(`${"a".repeat(78)}𠮷`);
	});

	it("is idempotent and yields a valid Slug for arbitrary unicode text and lengths", () => {
		const text = fc.oneof(
			fc.string({ unit: "grapheme", maxLength: 200 }),
			fc.string({ unit: "binary", maxLength: 200 }),
			fc
				.array(
					fc.constantFrom("a", "É", "ß", "İ", "𠮷", "日本", " ", "-", "'", "Σ", "ǅ", "\u0301", "ﬁ", "①"),
					{ maxLength: 120 },
				)
				.map((parts) => parts.join("")),
		);
		fc.assert(
			fc.property(text, fc.integer({ min: 1, max: 120 }), (input, maxLength) => {
				const slug = slugify(input, maxLength);
				expect(slugify(slug, maxLength)).toBe(slug);
				expect(slug.length).toBeLessThanOrEqual(maxLength);
				if (slug.length > 0) expect(Slug.safeParse(slug).success).toBe(true);
			}),
			{ numRuns: 2_000 },
		);
	});
});
