import type { Article } from "@sidelines/domain";

/**
 * Articles related to `article`, most related first: shared meetings weigh most, then shared
 * diplomats, then shared tags; ties go to the newer article. The article itself is never included.
 * @example recommend(materaArticle, candidates, 5).map((a) => a.slug);
 */
export function recommend(article: Article, candidates: readonly Article[], limit: number): Article[] {
	const meetings = new Set(article.mentions.meetings);
	const diplomats = new Set(article.mentions.diplomats);
	const tags = new Set(article.tags);
	const scored = new Map<string, { candidate: Article; score: number }>();
	for (const candidate of candidates) {
		if (candidate.id === article.id || scored.has(candidate.id)) continue;
		const score =
			3 * candidate.mentions.meetings.filter((id) => meetings.has(id)).length +
			2 * candidate.mentions.diplomats.filter((id) => diplomats.has(id)).length +
			candidate.tags.filter((tag) => tags.has(tag)).length;
		if (score > 0) scored.set(candidate.id, { candidate, score });
	}
	return [...scored.values()]
		.sort(
			(x, y) =>
				y.score - x.score || Date.parse(y.candidate.publishedAt) - Date.parse(x.candidate.publishedAt),
		)
		.slice(0, limit)
		.map(({ candidate }) => candidate);
}
