import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { anyClientError, publicRead } from "../http/docs-responses.js";
import { ProblemSchema } from "../http/schemas.js";
import type { AppEnv } from "../http/types.js";
import { ApiProblem } from "../middleware/problem.js";
import type { RouteDeps } from "./deps.js";

const Status = z.object({ status: z.literal("ok") }).meta({ id: "HealthStatus" });

/** Liveness (the process answers) and readiness (the database answers). */
export function healthRoutes({ store }: RouteDeps) {
	const app = new OpenAPIHono<AppEnv>();
	app.openapi(
		createRoute({
			method: "get",
			path: "/healthz",
			operationId: "liveness",
			security: publicRead,
			tags: ["health"],
			summary: "Liveness",
			responses: {
				200: { description: "The process is up", content: { "application/json": { schema: Status } } },
				...anyClientError,
			},
		}),
		(c) => c.json({ status: "ok" as const }, 200, { "cache-control": "no-store" }),
	);
	app.openapi(
		createRoute({
			method: "get",
			path: "/readyz",
			operationId: "readiness",
			security: publicRead,
			tags: ["health"],
			summary: "Readiness: the database answers",
			responses: {
				200: { description: "Ready", content: { "application/json": { schema: Status } } },
				...anyClientError,
				503: {
					description: "The database does not answer",
					content: { "application/problem+json": { schema: ProblemSchema } },
				},
			},
		}),
		async (c) => {
			try {
				await store.ping();
			} catch {
				throw new ApiProblem(503, "the database does not answer");
			}
			return c.json({ status: "ok" as const }, 200, { "cache-control": "no-store" });
		},
	);
	return app;
}
