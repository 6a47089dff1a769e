import { describe, expect, it } from "vitest";
import { materaArticle } from "../fixtures/index.js";
import { DomainValidationError, describeIssues, parseRecord } from "../validation/issues.js";
import { Article, ArticleUpdate, BodyBlock, bodyText } from "./schema.js";

function issues(input: unknown) {
	const result = Article.safeParse(input);
	if (result.success) throw new Error("expected the article to be rejected");
	return describeIssues(result.error);
}

describe("Article rejects realistic bad records", () => {
	it("rejects a 10,000-character headline", () => {
		expect(issues({ ...materaArticle, headline: "G20 ".repeat(2_500) })).toEqual([
			{ pointer: "/headline", path: "headline", message: "headline is at most 300 characters" },
		]);
	});

	it("rejects an HTML body block", () => {
		const [found] = issues({ ...materaArticle, body: [{ type: "html", html: "<p>Motegi met Blinken</p>" }] });
		expect(["body.0", "body.0.type"]).toContain(found?.path);
		expect(found?.message).toContain("raw HTML is not accepted");
	});

	it("keeps a paragraph that carries tag syntax as text (text is text; renderers escape)", () => {
		const text = 'Talks<script>alert("x")</script> and <svg/onload=alert(3)>';
		const body = [{ type: "paragraph", text }];
		expect(Article.parse({ ...materaArticle, body }).body).toEqual(body);
	});

	it("rejects a lone surrogate, pointing at the field", () => {
		expect(issues({ ...materaArticle, headline: "Talks \uD800 in Rome" })).toEqual([
			{
				pointer: "/headline",
				path: "headline",
				message: "headline must be well-formed Unicode (no lone surrogates)",
			},
		]);
	});

	it("accepts text that merely mentions angle brackets", () => {
		const body = [{ type: "paragraph", text: "Tariffs < 5% and growth > 2% were discussed." }];
		expect(Article.safeParse({ ...materaArticle, body }).success).toBe(true);
	});

	it("rejects unknown fields, a timestamp without offset and an update before publication", () => {
		expect(issues({ ...materaArticle, html: "<p>x</p>" })[0]).toMatchObject({
			path: "",
			message: expect.stringContaining("html"),
		});
		expect(issues({ ...materaArticle, publishedAt: "2021-06-30T06:06:02" })[0]?.path).toBe("publishedAt");
		expect(issues({ ...materaArticle, updatedAt: "2021-06-29T21:06:01Z" })[0]).toMatchObject({
			path: "updatedAt",
			message: "an article cannot be updated before it was published",
		});
		// The same instant written in another offset is not "before".
		expect(Article.safeParse({ ...materaArticle, updatedAt: "2021-06-29T21:06:02Z" }).success).toBe(true);
	});

	it("rejects an image with a src but no alt text", () => {
		expect(issues({ ...materaArticle, hero: { src: "/img/matera.jpg" } })[0]).toMatchObject({
			path: "hero.alt",
		});
	});

	it("rejects a slug that is not lower-case words joined by hyphens", () => {
		expect(issues({ ...materaArticle, slug: "Motegi--Blinken" })[0]?.path).toBe("slug");
	});

	it("throws a DomainValidationError listing every issue", () => {
		expect(() => parseRecord(Article, { ...materaArticle, headline: "", section: "Japan" })).toThrow(
			DomainValidationError,
		);
		try {
			parseRecord(Article, { ...materaArticle, headline: "", section: "Japan" });
		} catch (error) {
			expect((error as DomainValidationError).issues.map((issue) => issue.path).sort()).toEqual([
				"headline",
				"section",
			]);
		}
	});

	it("lets an update leave out everything", () => {
		expect(ArticleUpdate.parse({})).toEqual({});
	});
});

describe("bodyText", () => {
	it("joins blocks with blank lines, using an image's caption and a list's items", () => {
		const blocks = [
			{ type: "heading", level: 2, text: "Matera" },
			{ type: "image", image: { caption: "Ministers in Matera" } },
			{ type: "list", items: ["climate", "security"] },
		].map((block) => BodyBlock.parse(block));
		expect(bodyText({ body: blocks })).toBe("Matera\n\nMinisters in Matera\n\nclimate\nsecurity");
	});
});
