import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { SHORT_CODE_PATTERN } from "@sidelines/domain";
import { publicRead, readErrors } from "../http/docs-responses.js";
import { validationHook } from "../http/respond.js";
import type { AppEnv } from "../http/types.js";
import { ApiProblem, problemType } from "../middleware/problem.js";
import type { RouteDeps } from "./deps.js";

const CodeParam = z.object({
	code: z
		.string()
		.max(32)
		.meta({ param: { name: "code", in: "path" } }),
});

/** Short URLs: /s/{code} redirects permanently to the article's canonical page on the site. */
export function shortLinkRoutes({ store, siteOrigin }: RouteDeps) {
	const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
	app.openapi(
		createRoute({
			method: "get",
			path: "/s/{code}",
			operationId: "followShortLink",
			security: publicRead,
			tags: ["articles"],
			summary: "Redirect a short code to the article's page on the site",
			request: { params: CodeParam },
			responses: {
				301: {
					description: "Moved permanently to the article",
					headers: { Location: { schema: { type: "string" } } },
				},
				...readErrors,
			},
		}),
		async (c) => {
			const { code } = c.req.valid("param");
			const article = SHORT_CODE_PATTERN.test(code) ? await store.articles.getByShortCode(code) : undefined;
			if (article?.status !== "published") {
				throw new ApiProblem(404, `no published article has the short code "${code}"`, {
					type: problemType("not-found"),
				});
			}
			return c.redirect(`${siteOrigin}/articles/${encodeURIComponent(article.slug)}`, 301);
		},
	);
	return app;
}
