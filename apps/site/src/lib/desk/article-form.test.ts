import { materaArticle } from "@sidelines/domain/fixtures";
import { describe, expect, it } from "vitest";
import { articleFormValues, changedFields, readArticleForm } from "./article-form.js";
import { FormError } from "./form-error.js";

const article = { ...materaArticle, id: "art-1", version: 2, shortCode: "Ab3dE5", slug: "matera" } as const;

describe("the article form", () => {
	it("round-trips an article's editable fields unchanged", () => {
		const patch = readArticleForm(articleFormValues(article), article);
		expect(patch.headline).toBe(article.headline);
		expect(patch.tags).toEqual(article.tags);
		expect(patch.hero).toEqual(article.hero);
		expect(patch.status).toBeUndefined();
	});

	it("sets the hero credit, keeps the rest of the hero, and publishes when asked", () => {
		const values = { ...articleFormValues(article), heroCredit: "Desk photo", tags: " G20 , Italy,," };
		const patch = readArticleForm(values, article, "published");
		expect(patch.hero).toEqual({ ...article.hero, credit: "Desk photo" });
		expect(patch.tags).toEqual(["g20", "italy"]);
		expect(patch.status).toBe("published");
	});

	it("says which field is wrong instead of sending an invalid update", () => {
		const values = { ...articleFormValues(article), headline: "", tags: "not a slug!" };
		expect(() => readArticleForm(values, article)).toThrow(FormError);
		try {
			readArticleForm(values, article);
		} catch (error) {
			expect((error as FormError).problems.map((problem) => problem.field).sort()).toEqual(
				["headline", "tags.0"].sort(),
			);
		}
	});
});

describe("changedFields", () => {
	it("names only the fields the editor changed", () => {
		const was = articleFormValues(article);
		expect(changedFields({ ...was, standfirst: "A new standfirst" }, was)).toEqual({
			standfirst: "A new standfirst",
		});
		expect(changedFields(was, was)).toEqual({});
	});
});
