import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Article } from "@sidelines/domain";
import { articleAnswer, type LaneRequest } from "../http/article-lane.js";
import { audited } from "../http/audit.js";
import {
	bearer,
	etagHeader,
	optionalBearer,
	publicRead,
	readErrors,
	writeErrors,
} from "../http/docs-responses.js";
import { answerResponse } from "../http/public-answer.js";
import { expectedVersion, sendJson, validationHook } from "../http/respond.js";
import {
	ArticleCreateSchema,
	ArticlePage,
	ArticleQuery,
	ArticleSchema,
	ArticleUpdateSchema,
	IdempotencyHeader,
	IfMatchHeader,
	PopularArticles,
	PopularQuery,
	SlugParam,
} from "../http/schemas.js";
import type { AppEnv } from "../http/types.js";
import { keyRequired } from "../middleware/auth.js";
import { recordEtag } from "../middleware/etag.js";
import { writeOnce } from "../middleware/idempotency.js";
import { ApiProblem, problemType } from "../middleware/problem.js";
import { tooManyRequests } from "../middleware/rate-limit.js";
import type { RouteDeps } from "./deps.js";

const json = <T>(schema: T) => ({ "application/json": { schema } });

const notFound = (slug: string) =>
	new ApiProblem(404, `no published article has the slug "${slug}"`, { type: problemType("not-found") });

/** Articles: lists with filters, the hot by-slug read (served from serialized bytes), writes and view counting. */
export function articleRoutes({
	store,
	articleCache,
	writer,
	admin,
	reader,
	viewLimiter,
	clientAddress,
	isHttps,
}: RouteDeps) {
	const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

	/** What readers see of articles: mentions of confirmed meetings only (proposals stay unlisted). */
	const readerView = async (articles: Article[]): Promise<Article[]> => {
		const ids = [...new Set(articles.flatMap((article) => article.mentions.meetings))];
		if (ids.length === 0) return articles;
		const meetings = await Promise.all(ids.map((id) => store.meetings.get(id)));
		const confirmed = new Set(
			meetings.flatMap((meeting) => (meeting?.review === "confirmed" ? [meeting.id] : [])),
		);
		return articles.map((article) =>
			article.mentions.meetings.every((id) => confirmed.has(id))
				? article
				: {
						...article,
						mentions: {
							...article.mentions,
							meetings: article.mentions.meetings.filter((id) => confirmed.has(id)),
						},
					},
		);
	};

	const loadForWrite = async (slug: string, editor: boolean): Promise<Article> => {
		const article = await store.articles.getBySlug(slug);
		if (!article || (!editor && article.status !== "published")) throw notFound(slug);
		return article;
	};

	app.openapi(
		createRoute({
			method: "get",
			path: "/articles",
			operationId: "listArticles",
			security: optionalBearer,
			tags: ["articles"],
			summary: "List articles, newest first: published ones, or with an API key drafts too",
			middleware: [reader],
			request: { query: ArticleQuery },
			responses: { 200: { description: "A page of articles", content: json(ArticlePage) }, ...readErrors },
		}),
		async (c) => {
			const { status = "published", ...query } = c.req.valid("query");
			const editor = c.get("principal") !== undefined;
			if (status !== "published" && !editor)
				throw keyRequired(`status=${status} lists unpublished articles, which needs an API key`);
			// A reader asking for the articles of a meeting that is not confirmed learns nothing about it.
			if (
				!editor &&
				query.meeting !== undefined &&
				(await store.meetings.get(query.meeting))?.review !== "confirmed"
			)
				return sendJson(c, { items: [], nextCursor: null });
			const page = await store.articles.list({ ...query, ...(status === "all" ? {} : { status }) });
			return sendJson(c, editor ? page : { ...page, items: await readerView(page.items) });
		},
	);

	app.openapi(
		createRoute({
			method: "get",
			path: "/articles/popular",
			operationId: "listPopularArticles",
			security: publicRead,
			tags: ["articles"],
			summary: "Most viewed articles",
			request: { query: PopularQuery },
			responses: { 200: { description: "Articles by views", content: json(PopularArticles) }, ...readErrors },
		}),
		async (c) => {
			const { since, limit } = c.req.valid("query");
			const items = await store.articles.popular({
				...(since ? { since } : {}),
				...(limit ? { limit } : {}),
			});
			return sendJson(c, { items });
		},
	);

	// The hot path: an anonymous reader's answer comes whole from the article lane (the same function the Node
	// listener calls before the app); a miss loads the article and fills the cache first.
	app.openapi(
		createRoute({
			method: "get",
			path: "/articles/{slug}",
			operationId: "getArticle",
			security: optionalBearer,
			tags: ["articles"],
			summary: "One article by slug",
			description: "Drafts are visible only with an API key.",
			middleware: [reader],
			request: { params: SlugParam },
			responses: {
				200: { description: "The article", headers: etagHeader, content: json(ArticleSchema) },
				...readErrors,
			},
		}),
		async (c) => {
			const { slug } = c.req.valid("param");
			const request: LaneRequest = {
				authorized: c.req.header("authorization") !== undefined,
				ifNoneMatch: c.req.header("if-none-match"),
				https: isHttps(c),
			};
			const cached = articleAnswer(articleCache, slug, request);
			if (cached) return answerResponse(cached);
			let entry = articleCache.fresh(slug);
			if (entry === undefined) {
				const article = await store.articles.getBySlug(slug);
				if (!article) {
					articleCache.forget(slug);
					throw notFound(slug);
				}
				if (article.status !== "published") {
					if (c.get("principal") === undefined) throw notFound(slug);
					return c.json(article, 200, { etag: recordEtag(article) });
				}
				const [view = article] = await readerView([article]);
				entry = articleCache.remember(view);
			}
			const answer = articleAnswer(articleCache, slug, request, entry);
			if (answer) return answerResponse(answer);
			// Key holders get the same bytes as a private, authenticated response (the middleware make it so).
			return c.body(entry.body, 200, { "content-type": "application/json", etag: entry.etag });
		},
		// A path that is not a slug names no article: 404, as the site expects of any missing article.
		(result, c) => {
			if (!result.success) throw notFound(c.req.param("slug") ?? "");
			return undefined;
		},
	);

	app.openapi(
		createRoute({
			method: "post",
			path: "/articles/{slug}/views",
			operationId: "recordArticleView",
			security: publicRead,
			tags: ["articles"],
			summary: "Count a view of an article (rate limited per client)",
			request: { params: SlugParam },
			responses: { 204: { description: "Counted" }, ...readErrors },
		}),
		async (c) => {
			const { slug } = c.req.valid("param");
			// Only views of published articles count, so requests for made-up slugs take no limiter slot.
			const article = await loadForWrite(slug, false);
			const verdict = viewLimiter.hit(`${clientAddress(c)} ${article.id}`);
			if (!verdict.allowed)
				return tooManyRequests(c, verdict, "this view was already counted; try again later");
			await store.articles.recordView(article.id);
			return c.body(null, 204);
		},
	);

	app.openapi(
		createRoute({
			method: "post",
			path: "/articles",
			operationId: "createArticle",
			tags: ["articles"],
			summary: "Create an article",
			security: bearer,
			middleware: writer,
			request: {
				headers: IdempotencyHeader,
				body: { required: true, content: { "application/json": { schema: ArticleCreateSchema } } },
			},
			responses: {
				201: { description: "Created", headers: etagHeader, content: json(ArticleSchema) },
				...writeErrors,
			},
		}),
		async (c) => {
			const input = c.req.valid("json");
			let slug = "";
			const response = await writeOnce(c, store, async (tx) => {
				const article = await tx.articles.create(input);
				slug = article.slug;
				return c.json(article, 201, {
					etag: recordEtag(article),
					location: `/v1/articles/${encodeURIComponent(article.slug)}`,
				});
			});
			articleCache.forget(slug);
			return response;
		},
	);

	app.openapi(
		createRoute({
			method: "patch",
			path: "/articles/{slug}",
			operationId: "updateArticle",
			tags: ["articles"],
			summary: "Update an article (If-Match required)",
			security: bearer,
			middleware: writer,
			request: {
				params: SlugParam,
				headers: IfMatchHeader,
				body: { required: true, content: { "application/json": { schema: ArticleUpdateSchema } } },
			},
			responses: {
				200: { description: "Updated", headers: etagHeader, content: json(ArticleSchema) },
				...writeErrors,
			},
		}),
		async (c) => {
			const current = await loadForWrite(c.req.valid("param").slug, true);
			const version = expectedVersion(c, current);
			const updated = await audited(
				c,
				store,
				(tx) => tx.articles.update(current.id, c.req.valid("json"), version),
				(after) => ({
					action:
						after.status === current.status ? "edit" : after.status === "published" ? "publish" : "unpublish",
					subject: { kind: "article", id: current.id },
					before: current,
					after,
				}),
			);
			articleCache.forget(current.slug, updated.slug);
			return c.json(updated, 200, { etag: recordEtag(updated) });
		},
	);

	app.openapi(
		createRoute({
			method: "delete",
			path: "/articles/{slug}",
			operationId: "deleteArticle",
			tags: ["articles"],
			summary: "Delete an article (If-Match required; admin scope)",
			security: bearer,
			middleware: admin,
			request: { params: SlugParam, headers: IfMatchHeader },
			responses: { 204: { description: "Deleted" }, ...writeErrors },
		}),
		async (c) => {
			const current = await loadForWrite(c.req.valid("param").slug, true);
			const version = expectedVersion(c, current);
			await audited(
				c,
				store,
				(tx) => tx.articles.delete(current.id, version),
				() => ({ action: "delete", subject: { kind: "article", id: current.id }, before: current }),
			);
			articleCache.forget(current.slug);
			return c.body(null, 204);
		},
	);

	return app;
}
