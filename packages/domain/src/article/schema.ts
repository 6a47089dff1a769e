import { z } from "zod";
import { SHORT_CODE_PATTERN } from "../text/short-code.js";
import { isIanaZone } from "../time/zones.js";
import { Link, OffsetDateTime, plainText, RecordId, Slug, Version } from "../validation/common.js";

/**
 * An image with the words that go with it.
 * @example
 * ArticleImage.parse({ caption: "Motegi and Blinken in Matera", credit: "Twitter/@SecBlinken" });
 * ArticleImage.safeParse({ src: "/images/matera.jpg" }).success; // false: an image with a src needs alt text
 */
export const ArticleImage = z
	.strictObject({
		/** Absent when only the caption and credit are known (a page scraped as text keeps no image file). */
		src: Link.optional(),
		alt: plainText("alt text", 500).optional(),
		caption: plainText("caption", 1000).optional(),
		/** Who to credit, e.g. "Twitter/@SecBlinken". */
		credit: plainText("credit", 200).optional(),
	})
	.refine((image) => image.src === undefined || image.alt !== undefined, {
		path: ["alt"],
		error: "an image with a src needs alt text for readers who cannot see it",
	});
export type ArticleImage = z.infer<typeof ArticleImage>;

const BLOCK_TYPES = ["paragraph", "quote", "heading", "image", "list"] as const;

/**
 * One block of an article body: structured, plain text only, never raw HTML.
 * @example
 * BodyBlock.parse({ type: "list", items: ["climate change", "security"] });
 * // { type: "list", ordered: false, items: ["climate change", "security"] }
 * BodyBlock.safeParse({ type: "html", html: "<p>Talks in Matera</p>" }).success; // false
 */
export const BodyBlock = z.discriminatedUnion(
	"type",
	[
		z.strictObject({ type: z.literal("paragraph"), text: plainText("paragraph", 20_000) }),
		z.strictObject({
			type: z.literal("quote"),
			text: plainText("quotation", 5_000),
			/** Who said it, as the article names them. */
			speaker: plainText("speaker", 200).optional(),
			speakerId: RecordId.optional(),
		}),
		z.strictObject({
			type: z.literal("heading"),
			level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
			text: plainText("heading", 300),
		}),
		z.strictObject({ type: z.literal("image"), image: ArticleImage }),
		z.strictObject({
			type: z.literal("list"),
			ordered: z.boolean().default(false),
			items: z
				.array(plainText("list item", 2_000))
				.min(1, { error: "a list has at least one item" })
				.max(200),
		}),
	],
	{ error: `a body block's type is one of ${BLOCK_TYPES.join(", ")} (raw HTML is not accepted)` },
);
export type BodyBlock = z.infer<typeof BodyBlock>;

/**
 * A BCP 47 language tag such as `en` or `ja-JP`.
 * @example
 * LanguageTag.parse("ja-JP"); // "ja-JP"
 * LanguageTag.safeParse("Japanese").success; // false
 */
export const LanguageTag = z
	.string()
	.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: "language is a BCP 47 tag such as en or ja" });

const IanaZone = z.string().refine(isIanaZone, { error: "zone is an IANA time zone such as Asia/Tokyo" });

const articleFields = {
	slug: Slug,
	headline: plainText("headline", 300),
	standfirst: plainText("standfirst", 1_000).optional(),
	section: Slug,
	tags: z.array(Slug).max(30).default([]),
	language: LanguageTag.default("en"),
	hero: ArticleImage.optional(),
	/** The desk or writer, e.g. "Arab News Japan". */
	byline: plainText("byline", 200).optional(),
	/** The agency the story draws on, e.g. "JIJI Press". */
	agencyCredit: plainText("agency credit", 200).optional(),
	publishedAt: OffsetDateTime,
	updatedAt: OffsetDateTime.optional(),
	/** The IANA zone the newsroom printed its times in. */
	zone: IanaZone,
	body: z.array(BodyBlock).min(1, { error: "an article body has at least one block" }).max(500),
	mentions: z
		.strictObject({
			diplomats: z.array(RecordId).max(200).default([]),
			meetings: z.array(RecordId).max(200).default([]),
		})
		.default({ diplomats: [], meetings: [] }),
	translations: z
		.array(z.strictObject({ language: LanguageTag, slug: Slug }))
		.max(50)
		.default([]),
	status: z.enum(["draft", "published"], { error: "status is draft or published" }).default("draft"),
};

const updatedNotBeforePublished = (article: {
	publishedAt?: string | undefined;
	updatedAt?: string | undefined;
}) =>
	article.updatedAt === undefined ||
	article.publishedAt === undefined ||
	Date.parse(article.updatedAt) >= Date.parse(article.publishedAt);
const ORDER_ERROR = { path: ["updatedAt"], error: "an article cannot be updated before it was published" };

/**
 * A news article as stored: what was reported, in structured blocks.
 * @example
 * import { materaArticle } from "@sidelines/domain/fixtures";
 * Article.parse(materaArticle).headline; // "Motegi and Blinken pledge G20 teamwork in Matera talks"
 */
export const Article = z
	.strictObject({
		id: RecordId,
		version: Version,
		shortCode: z.string().regex(SHORT_CODE_PATTERN, { error: "a short code is 6 letters or digits" }),
		...articleFields,
	})
	.refine(updatedNotBeforePublished, ORDER_ERROR);
export type Article = z.infer<typeof Article>;

/**
 * What an editor sends to create an article; id, slug and short code are assigned when absent.
 * @example
 * const draft = ArticleCreate.parse({
 *   headline: "Motegi and Blinken meet in Matera",
 *   section: "japan",
 *   publishedAt: "2021-06-30T06:06:02+09:00",
 *   zone: "Asia/Tokyo",
 *   body: [{ type: "paragraph", text: "The two ministers met on June 29." }],
 * });
 * draft.status; // "draft"
 * draft.language; // "en"
 */
export const ArticleCreate = z
	.strictObject({ id: RecordId.optional(), ...articleFields, slug: Slug.optional() })
	.refine(updatedNotBeforePublished, ORDER_ERROR);
export type ArticleCreate = z.input<typeof ArticleCreate>;

/**
 * A partial update to an article.
 * @example
 * ArticleUpdate.parse({ status: "published" }); // { status: "published" }
 * ArticleUpdate.safeParse({ publishedAt: "2021-06-30T06:06:02+09:00", updatedAt: "2021-06-29T12:00:00Z" })
 *   .success; // false: an article cannot be updated before it was published
 */
export const ArticleUpdate = z
	.strictObject({
		...articleFields,
		tags: articleFields.tags.unwrap().optional(),
		language: articleFields.language.unwrap().optional(),
		mentions: articleFields.mentions.unwrap().optional(),
		translations: articleFields.translations.unwrap().optional(),
		status: articleFields.status.unwrap().optional(),
	})
	.partial()
	.refine(updatedNotBeforePublished, ORDER_ERROR);
export type ArticleUpdate = z.infer<typeof ArticleUpdate>;

/**
 * The article's body as one string, blocks separated by blank lines: the text that evidence spans point into.
 * @example bodyText(article).slice(span.start, span.end);
 */
export function bodyText(article: Pick<Article, "body">): string {
	return article.body.map(blockText).join("\n\n");
}

function blockText(block: BodyBlock): string {
	switch (block.type) {
		case "paragraph":
		case "quote":
		case "heading":
			return block.text;
		case "image":
			return block.image.caption ?? block.image.alt ?? "";
		case "list":
			return block.items.join("\n");
	}
}
