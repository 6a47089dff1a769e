import { type Article, bodyText, serialFromShortCode } from "@sidelines/domain";
import type { Insertable } from "kysely";
import type { ArticleMentionsTable, ArticlesTable, ArticleTagsTable } from "../schema.js";

/** The rows that store one article: the record itself, its tags and its mentions. */
export interface ArticleRows {
	article: Insertable<ArticlesTable>;
	tags: Insertable<ArticleTagsTable>[];
	mentions: Insertable<ArticleMentionsTable>[];
}

/** Splits a validated article into its rows. */
export function articleRows(article: Article): ArticleRows {
	const { version, ...doc } = article;
	const publishedAt = new Date(article.publishedAt).toISOString();
	const serial = serialFromShortCode(article.shortCode);
	if (serial === undefined) throw new RangeError(`short code ${article.shortCode} stands for no serial`);
	return {
		article: {
			id: article.id,
			version,
			serial,
			short_code: article.shortCode,
			slug: article.slug,
			section: article.section,
			status: article.status,
			published_at: publishedAt,
			headline: article.headline,
			standfirst: article.standfirst ?? null,
			body_text: bodyText(article),
			doc: JSON.stringify(doc),
		},
		tags: [...new Set(article.tags)].map((tag) => ({
			article_id: article.id,
			tag,
			published_at: publishedAt,
		})),
		mentions: [
			...[...new Set(article.mentions.diplomats)].map((target_id) => ({
				article_id: article.id,
				kind: "diplomat" as const,
				target_id,
			})),
			...[...new Set(article.mentions.meetings)].map((target_id) => ({
				article_id: article.id,
				kind: "meeting" as const,
				target_id,
			})),
		],
	};
}

/** Reads an article back from its row. */
export function articleFromRow(row: { version: number; doc: string }): Article {
	return { ...JSON.parse(row.doc), version: row.version } as Article;
}
