import { type Article, ArticleUpdate, parseRecord } from "@sidelines/domain";
import { validated } from "./form-error.js";
import type { FormFields } from "./meeting-form.js";

/** The fields of an article the desk edits, as the form shows them. */
export interface ArticleFormValues {
	headline: string;
	standfirst: string;
	section: string;
	tags: string;
	heroCredit: string;
}

/**
 * The form's values for an article.
 * @example articleFormValues(article).tags; // "g20, japan"
 */
export function articleFormValues(article: Article): ArticleFormValues {
	return {
		headline: article.headline,
		standfirst: article.standfirst ?? "",
		section: article.section,
		tags: article.tags.join(", "),
		heroCredit: article.hero?.credit ?? "",
	};
}

const field = (form: FormFields, name: string) => {
	const value = form.get(name);
	return typeof value === "string" ? value.trim() : "";
};

/** The values as the editor sent them, to show a refused or conflicting form again. */
export function submittedArticleValues(form: FormFields): ArticleFormValues {
	return {
		headline: field(form, "headline"),
		standfirst: field(form, "standfirst"),
		section: field(form, "section"),
		tags: field(form, "tags"),
		heroCredit: field(form, "heroCredit"),
	};
}

/**
 * The update an article form asks for, validated by the domain; `status` publishes or unpublishes.
 * The hero image keeps everything but its credit, which the form sets (blank removes it).
 * @example readArticleForm(form, article, "published").status; // "published"
 */
export function readArticleForm(
	values: ArticleFormValues,
	article: Pick<Article, "hero">,
	status?: Article["status"],
): ArticleUpdate {
	const { credit: _previous, ...hero } = article.hero ?? {};
	const nextHero = values.heroCredit ? { ...hero, credit: values.heroCredit } : hero;
	const draft = {
		headline: values.headline,
		...(values.standfirst ? { standfirst: values.standfirst } : {}),
		section: values.section,
		tags: values.tags
			.split(",")
			.map((tag) => tag.trim().toLowerCase())
			.filter(Boolean),
		...(Object.keys(nextHero).length > 0 || article.hero ? { hero: nextHero } : {}),
		...(status ? { status } : {}),
	};
	return validated(() => parseRecord(ArticleUpdate, draft));
}
