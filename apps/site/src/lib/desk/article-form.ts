import { type Article, ArticleUpdate, parseRecord } from "@sidelines/domain";
import { type FormField, validated } from "./form-error.js";
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

/** The article form's controls and the record paths each one's value becomes (see `FormProblems`). */
export const ARTICLE_FIELDS: readonly (FormField & { id: keyof ArticleFormValues })[] = [
	{ id: "headline", label: "Headline", paths: [] },
	{ id: "standfirst", label: "Standfirst", paths: [] },
	{ id: "section", label: "Section", paths: [] },
	{ id: "tags", label: "Tags", paths: [] },
	{ id: "heroCredit", label: "Hero image credit", paths: ["hero"] },
];

const FIELDS = ARTICLE_FIELDS.map((control) => control.id);

/**
 * The values as the editor sent them (`prefix` "was-" reads the hidden copy of what the form showed
 * at first, so the desk knows which fields the editor changed).
 */
export function submittedArticleValues(form: FormFields, prefix = ""): ArticleFormValues {
	return Object.fromEntries(
		FIELDS.map((name) => [name, field(form, `${prefix}${name}`)]),
	) as unknown as ArticleFormValues;
}

/**
 * The fields an editor changed from what their form first showed: after a 412 these are laid over
 * the version saved meanwhile, so "reapply my change" keeps the other editor's work elsewhere.
 * @example changedFields({ ...was, headline: "New" }, was); // { headline: "New" }
 */
export function changedFields(
	submitted: ArticleFormValues,
	was: ArticleFormValues,
): Partial<ArticleFormValues> {
	return Object.fromEntries(
		FIELDS.filter((name) => submitted[name] !== was[name]).map((name) => [name, submitted[name]]),
	);
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
