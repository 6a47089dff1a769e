import type { ArticleCreate } from "@sidelines/domain";

/** A one-paragraph draft in the Japan section (upsert `japanSection` first), for tests about anything but an article's fields. */
export const plainArticle = (headline: string, text: string): ArticleCreate => ({
	headline,
	section: "japan",
	publishedAt: "2024-01-01T00:00:00Z",
	zone: "UTC",
	body: [{ type: "paragraph", text }],
});
