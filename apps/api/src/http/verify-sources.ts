import { bodyText, type MeetingSource } from "@sidelines/domain";
import type { Store } from "@sidelines/store";
import { ApiProblem, type ProblemFieldError, problemType } from "../middleware/problem.js";

/**
 * Checks that every source of a meeting names a stored article and that every evidence span lies
 * within that article's text; otherwise a 422 with one JSON Pointer per bad source or span.
 * @example await verifySources(store, input.sources);
 */
export async function verifySources(
	store: Pick<Store, "articles">,
	sources: readonly MeetingSource[] | undefined,
	/** JSON Pointer of the object holding `sources` in the request body. */
	base = "#",
): Promise<void> {
	if (!sources?.length) return;
	const errors: ProblemFieldError[] = [];
	const lengths = new Map<string, number | undefined>();
	for (const [index, source] of sources.entries()) {
		if (!lengths.has(source.articleId)) {
			const article = await store.articles.get(source.articleId);
			lengths.set(source.articleId, article ? bodyText(article).length : undefined);
		}
		const length = lengths.get(source.articleId);
		if (length === undefined) {
			errors.push({
				pointer: `${base}/sources/${index}/articleId`,
				detail: `no article has the id "${source.articleId}"`,
			});
			continue;
		}
		for (const [span, evidence] of source.evidence.entries()) {
			if (evidence.end > length)
				errors.push({
					pointer: `${base}/sources/${index}/evidence/${span}/end`,
					detail: `the span ends at ${evidence.end}, past the article's ${length} characters of text`,
				});
		}
	}
	if (errors.length > 0)
		throw new ApiProblem(422, "a source names an article or a span that does not exist", {
			type: problemType("validation"),
			errors,
		});
}
