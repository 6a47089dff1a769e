import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Meeting } from "@sidelines/domain";
import { publicRead, readErrors } from "../http/docs-responses.js";
import { sendJson, validationHook } from "../http/respond.js";
import { SearchQuery, SearchResults } from "../http/schemas.js";
import type { AppEnv } from "../http/types.js";
import type { RouteDeps } from "./deps.js";

/** One search box across articles (full text), diplomats (any name form) and their confirmed meetings. */
export function searchRoutes({ store }: RouteDeps) {
	const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
	app.openapi(
		createRoute({
			method: "get",
			path: "/search",
			operationId: "search",
			security: publicRead,
			tags: ["search"],
			summary: "Search articles, diplomats and meetings",
			description: "Meetings are the confirmed meetings of the diplomats whose names match.",
			request: { query: SearchQuery },
			responses: {
				200: { description: "Matches by kind", content: { "application/json": { schema: SearchResults } } },
				...readErrors,
			},
		}),
		async (c) => {
			const { q, limit = 10 } = c.req.valid("query");
			const [articles, diplomats] = await Promise.all([
				store.articles.search(q, { limit }),
				store.diplomats.list({ q, limit, public: true }),
			]);
			const pages = await Promise.all(
				diplomats.items
					.slice(0, 5)
					.map((diplomat) => store.meetings.list({ diplomat: diplomat.id, review: "confirmed", limit })),
			);
			const meetings = new Map<string, Meeting>();
			for (const page of pages)
				for (const meeting of page.items) if (meetings.size < limit) meetings.set(meeting.id, meeting);
			return sendJson(c, {
				q,
				articles: articles.items,
				diplomats: diplomats.items,
				meetings: [...meetings.values()],
			});
		},
	);
	return app;
}
