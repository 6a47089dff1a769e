import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { publicRead, readErrors } from "../http/docs-responses.js";
import { sendJson, validationHook } from "../http/respond.js";
import { SectionList } from "../http/schemas.js";
import type { AppEnv } from "../http/types.js";
import type { RouteDeps } from "./deps.js";

/** Site sections (Japan, Middle East, ...) for navigation and breadcrumbs. */
export function sectionRoutes({ store }: RouteDeps) {
	const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
	app.openapi(
		createRoute({
			method: "get",
			path: "/sections",
			operationId: "listSections",
			security: publicRead,
			tags: ["sections"],
			summary: "List sections",
			responses: {
				200: { description: "Every section", content: { "application/json": { schema: SectionList } } },
				...readErrors,
			},
		}),
		async (c) => sendJson(c, { items: await store.sections.list() }),
	);
	return app;
}
