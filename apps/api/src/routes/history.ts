import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { AuditEventPage, HistoryQuery } from "../http/desk-schemas.js";
import { bearer, writeErrors } from "../http/docs-responses.js";
import { validationHook } from "../http/respond.js";
import type { AppEnv } from "../http/types.js";
import { ApiProblem, problemType } from "../middleware/problem.js";
import type { RouteDeps } from "./deps.js";

/** The audit trail of one record, for key holders and signed-in users. */
export function historyRoutes({ store, writer }: RouteDeps) {
	const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

	app.openapi(
		createRoute({
			method: "get",
			path: "/history",
			operationId: "listHistory",
			tags: ["review"],
			summary: "Every decision about one record (who, when, before and after, why), newest first",
			security: bearer,
			middleware: writer,
			request: { query: HistoryQuery },
			responses: {
				200: {
					description: "A page of audit events",
					content: { "application/json": { schema: AuditEventPage } },
				},
				...writeErrors,
			},
		}),
		async (c) => {
			const { subject, cursor, limit } = c.req.valid("query");
			if (subject.kind === "user" && !c.get("principal")?.scopes.includes("admin")) {
				throw new ApiProblem(403, "the history of users is for admins", {
					type: problemType("insufficient-scope"),
				});
			}
			const page = await store.audit.history(subject, { cursor, limit });
			return c.json(page, 200, { "cache-control": "no-store" });
		},
	);

	return app;
}
