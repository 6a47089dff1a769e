import { z } from "@hono/zod-openapi";
import {
	Article,
	ArticleCreate,
	ArticleUpdate,
	CountryCode,
	Diplomat,
	DiplomatCreate,
	DiplomatUpdate,
	IsoDay,
	isIanaZone,
	MEETING_FORMATS,
	MEETING_STATUSES,
	Meeting,
	MeetingCreate,
	MeetingUpdate,
	Occasion,
	OccasionCreate,
	OccasionUpdate,
	OffsetDateTime,
	PartyCountry,
	REVIEW_STATES,
	RecordId,
	Section,
	Slug,
} from "@sidelines/domain";

/*
 * The API's view of the domain schemas: the same Zod objects, given component names for the
 * OpenAPI document. Nothing here restates a field of a domain record.
 */

export const ArticleSchema = Article.meta({ id: "Article" });
export const ArticleCreateSchema = ArticleCreate.meta({ id: "ArticleCreate" });
export const ArticleUpdateSchema = ArticleUpdate.meta({ id: "ArticleUpdate" });
export const MeetingSchema = Meeting.meta({ id: "Meeting" });
export const MeetingCreateSchema = MeetingCreate.meta({ id: "MeetingCreate" });
export const MeetingUpdateSchema = MeetingUpdate.meta({ id: "MeetingUpdate" });
export const DiplomatSchema = Diplomat.meta({ id: "Diplomat" });
export const DiplomatCreateSchema = DiplomatCreate.meta({ id: "DiplomatCreate" });
export const DiplomatUpdateSchema = DiplomatUpdate.meta({ id: "DiplomatUpdate" });
export const OccasionSchema = Occasion.meta({ id: "Occasion" });
export const OccasionCreateSchema = OccasionCreate.meta({ id: "OccasionCreate" });
export const OccasionUpdateSchema = OccasionUpdate.meta({ id: "OccasionUpdate" });
const SectionSchema = Section.meta({ id: "Section" });

/** RFC 9457 problem details, as every error response carries. */
export const ProblemSchema = z
	.object({
		type: z.string(),
		title: z.string(),
		status: z.int(),
		detail: z.string(),
		instance: z.string(),
		errors: z.array(
			z.object({
				pointer: z.string().meta({ description: "JSON Pointer (`#/...`) into the request body, or empty" }),
				detail: z.string(),
				parameter: z.string().optional().meta({ description: "the query or path parameter at fault" }),
			}),
		),
	})
	.meta({ id: "Problem" });

/** A page of results in a stable order; pass `nextCursor` back as `cursor` for the next page. */
export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
	z.object({ items: z.array(item), nextCursor: z.string().nullable() }).meta({ id });

export const ArticlePage = pageOf(ArticleSchema, "ArticlePage");
export const MeetingPage = pageOf(MeetingSchema, "MeetingPage");
export const DiplomatPage = pageOf(DiplomatSchema, "DiplomatPage");
export const OccasionPage = pageOf(OccasionSchema, "OccasionPage");

const SearchHitSchema = z
	.object({
		article: z.object({
			id: z.string(),
			slug: z.string(),
			headline: z.string(),
			standfirst: z.string().optional(),
			section: z.string(),
			publishedAt: z.string(),
		}),
		rank: z.number(),
		snippet: z.string(),
	})
	.meta({ id: "SearchHit" });

export const SearchResults = z
	.object({
		q: z.string(),
		articles: z.array(SearchHitSchema),
		diplomats: z.array(DiplomatSchema),
		meetings: z.array(MeetingSchema),
	})
	.meta({ id: "SearchResults" });

const CounterpartSchema = z
	.object({
		counterpart: z.string().meta({ description: "diplomat id, or `country:XX` for an unnamed delegation" }),
		diplomat: z.object({ id: z.string(), name: DiplomatSchema.shape.name, country: z.string() }).optional(),
		meetings: z.int(),
		first: z.string().nullable(),
		last: z.string().nullable(),
	})
	.meta({ id: "Counterpart" });

export const Counterparts = z
	.object({ diplomat: z.string(), items: z.array(CounterpartSchema) })
	.meta({ id: "Counterparts" });

export const OccasionDetail = z
	.object({
		occasion: OccasionSchema,
		parties: z.array(z.string()),
		pairs: z.array(z.object({ a: z.string(), b: z.string(), meetings: z.array(z.string()) })),
	})
	.meta({
		id: "OccasionDetail",
		description: "An occasion with who met whom there (one pair per two parties that met).",
	});

export const PopularArticles = z
	.object({
		items: z.array(
			z.object({
				article: z.object({
					id: z.string(),
					slug: z.string(),
					headline: z.string(),
					section: z.string(),
					publishedAt: z.string(),
				}),
				views: z.int(),
			}),
		),
	})
	.meta({ id: "PopularArticles" });

export const SectionList = z.object({ items: z.array(SectionSchema) }).meta({ id: "SectionList" });

/* Query and path parameters. */

const LIMIT_ERROR = "limit is a whole number from 1 to 100, in decimal digits";
// Decimal digits only: Number() would also read "0x10", "1e2" and " 7".
const limit = z
	.string()
	.regex(/^[0-9]{1,3}$/, { error: LIMIT_ERROR })
	.transform(Number)
	.pipe(z.int().min(1, { error: LIMIT_ERROR }).max(100, { error: "limit is at most 100" }))
	.optional()
	.meta({ param: { name: "limit", in: "query" }, type: "integer", minimum: 1, maximum: 100, example: 20 });
const cursor = z
	.string()
	.max(1000)
	.optional()
	.meta({ param: { name: "cursor", in: "query" } });
const dayOrTime = z.union([IsoDay, OffsetDateTime]).optional();

export const PageQuery = z.object({ cursor, limit });

export const ArticleQuery = z.object({
	status: z
		.enum([...Article.shape.status.unwrap().options, "all"])
		.optional()
		.meta({ description: "published (the default); draft and all need an API key" }),
	section: Slug.optional(),
	tag: Slug.optional(),
	diplomat: RecordId.optional(),
	meeting: RecordId.optional(),
	from: dayOrTime,
	to: dayOrTime,
	q: z.string().trim().min(1).max(200).optional(),
	cursor,
	limit,
});

export const MeetingQuery = z.object({
	diplomat: RecordId.optional(),
	country: PartyCountry.optional(),
	occasion: RecordId.optional(),
	format: z.enum(MEETING_FORMATS).optional(),
	status: z.enum(MEETING_STATUSES).optional(),
	review: z
		.enum(REVIEW_STATES)
		.optional()
		.meta({ description: "proposed and rejected need an API key (the review queue)" }),
	from: IsoDay.optional(),
	to: IsoDay.optional(),
	cursor,
	limit,
});

/** Query of `GET /v1/proposals`: the meeting filters without `review`. */
export const ProposalQuery = MeetingQuery.omit({ review: true });

/** Query of `POST /v1/import`. */
export const ImportQuery = z.object({
	zone: z
		.string()
		.max(64)
		.refine(isIanaZone, { error: "zone is an IANA time zone such as Asia/Tokyo" })
		.optional()
		.meta({ description: "IANA zone the page prints its times in, for ambiguous or missing zones" }),
	published: IsoDay.optional().meta({ description: "Publication day when the page does not print one" }),
	status: z
		.enum(["draft", "published"])
		.optional()
		.meta({ description: "Status of the stored article (default draft)" }),
});

export const DiplomatQuery = z.object({
	country: CountryCode.optional(),
	q: z.string().trim().min(1).max(200).optional(),
	cursor,
	limit,
});

export const SearchQuery = z.object({
	q: z.string().trim().min(1, { error: "q must not be empty" }).max(200),
	limit,
});

export const PopularQuery = z.object({ since: dayOrTime, limit });

export const SlugParam = z.object({ slug: Slug.meta({ param: { name: "slug", in: "path" } }) });
export const IdParam = z.object({ id: RecordId.meta({ param: { name: "id", in: "path" } }) });

export const IfMatchHeader = z.object({
	"if-match": z
		.string()
		.optional()
		.meta({ description: 'the ETag you read, e.g. "mtg-x:v3" (required; 428 without it)' }),
});

export const IdempotencyHeader = z.object({
	"idempotency-key": z.string().optional().meta({
		description: "Makes a retried POST safe: a replay returns the first response and creates nothing",
	}),
});
