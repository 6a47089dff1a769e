import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slugify } from "../text/slugify.js";
import { isSlug, plainText, Slug } from "./common.js";

const Paragraph = plainText("paragraph", 20_000);

/** Tag syntaxes a filter would have to know about: void, self-closing, slash-separated, entity-encoded, comments. */
const tagSyntax = fc
	.tuple(
		fc.constantFrom("script", "svg", "img", "iframe", "a", "p", "b", "math", "style", "x-custom"),
		fc.constantFrom("", " ", "/", "\t", "\n", " /"),
		fc.constantFrom("", "onload=alert(1)", "src=x onerror=alert(2)", 'href="javascript:alert(3)"'),
		fc.constantFrom(">", "/>", " >", ""),
	)
	.map(([name, gap, attributes, close]) => `<${name}${gap}${attributes}${close}`)
	.chain((tag) =>
		fc.constantFrom(
			tag,
			tag.replaceAll("<", "&lt;").replaceAll(">", "&gt;"),
			tag.replaceAll("<", "&#x3C;").replaceAll(">", "&#x3E;"),
			`<!--${tag}-->`,
			`<![CDATA[${tag}]]>`,
		),
	);

const prose = fc.string({ unit: "grapheme", maxLength: 40 });

describe("text is text", () => {
	it("keeps any tag syntax inside prose exactly, as characters", () => {
		fc.assert(
			fc.property(prose, tagSyntax, prose, (before, tag, after) => {
				const text = `Talks ${before}${tag}${after} ended`;
				const parsed = Paragraph.safeParse(text);
				expect(parsed.success).toBe(true);
				expect(parsed.data).toBe(text.trim());
				// What a JSON reader gets back is the same characters, never markup to interpret.
				expect(JSON.parse(JSON.stringify(parsed.data))).toBe(text.trim());
			}),
		);
	});

	it("refuses lone surrogates and NUL anywhere, and accepts paired surrogates", () => {
		const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
		// Prose is whole code points, so the inserted unit never completes a pair.
		fc.assert(
			fc.property(prose, lone, prose, (before, surrogate, after) => {
				expect(Paragraph.safeParse(`x${before}${surrogate}${after}x`).success).toBe(false);
			}),
		);
		expect(Paragraph.safeParse("Meeting in 🇯🇵 Tokyo").success).toBe(true);
		expect(Paragraph.safeParse("Meeting\u0000").success).toBe(false);
	});
});

describe("isSlug", () => {
	it("agrees with Slug on every input, including what slugify makes of any script", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => {
				for (const candidate of [text, slugify(text)])
					expect(isSlug(candidate)).toBe(Slug.safeParse(candidate).success);
			}),
		);
		expect(isSlug(slugify("भारत की यात्रा"))).toBe(true);
		expect(isSlug("a".repeat(121))).toBe(false);
	});
});
