import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { ImportPageOptions, ImportResult } from "@sidelines/ingest";
import type { Store } from "@sidelines/store";
import { audited } from "../http/audit.js";
import { bearer, writeErrors } from "../http/docs-responses.js";
import { validationHook } from "../http/respond.js";
import {
	ArticleSchema,
	DiplomatSchema,
	IdempotencyHeader,
	ImportQuery,
	MeetingSchema,
} from "../http/schemas.js";
import type { AppEnv } from "../http/types.js";
import { writeOnce } from "../middleware/idempotency.js";
import { ApiProblem, problemType } from "../middleware/problem.js";
import type { RouteDeps } from "./deps.js";

/** Files a raw page: parse, extract, store. `@sidelines/ingest`'s `importPage` in the Node server. */
export type PageImporter = (store: Store, raw: string, options: ImportPageOptions) => Promise<ImportResult>;

const ImportResultSchema = z
	.object({
		article: ArticleSchema,
		meetings: z.array(z.object({ meeting: MeetingSchema, merged: z.boolean() })),
		newDiplomats: z.array(DiplomatSchema),
		skipped: z.array(z.object({ reason: z.string() })),
		warnings: z
			.array(z.string())
			.describe("Why anything the page reports was left out or left empty, one line each"),
	})
	.meta({ id: "ImportResult" });

const PAGE_TYPES = ["text/plain", "text/html"];

/** Import of raw pages and the review queue of proposed meetings. */
export function importRoutes({
	store,
	writer,
	importer,
}: RouteDeps & { importer: PageImporter | undefined }) {
	const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

	app.openapi(
		createRoute({
			method: "post",
			path: "/import",
			operationId: "importPage",
			tags: ["review"],
			summary: "Import a raw news page (text or HTML): the article as a draft and its meetings as proposals",
			security: bearer,
			middleware: writer,
			request: {
				query: ImportQuery,
				headers: IdempotencyHeader,
				body: {
					required: true,
					content: { "text/plain": { schema: z.string() }, "text/html": { schema: z.string() } },
				},
			},
			responses: {
				201: {
					description: "Stored: the article, the proposals and any new diplomats",
					content: { "application/json": { schema: ImportResultSchema } },
				},
				501: { description: "This deployment was built without a page importer" },
				...writeErrors,
			},
		}),
		async (c) => {
			if (!importer) {
				throw new ApiProblem(501, "this deployment does not import pages; send imports to the origin API", {
					type: problemType("no-importer"),
				});
			}
			const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
			if (!PAGE_TYPES.includes(type)) {
				throw new ApiProblem(415, "send the page as text/plain or text/html", {
					type: problemType("unsupported-media-type"),
				});
			}
			const query = c.req.valid("query");
			const page = await c.req.text();
			return writeOnce(c, store, async (tx) => {
				const result = await audited(
					c,
					tx,
					(plan) =>
						importer(plan, page, {
							...(query.zone ? { zoneHint: query.zone } : {}),
							...(query.published ? { published: query.published } : {}),
							status: query.status ?? "draft",
						}),
					({ article, meetings, newDiplomats, warnings }) => ({
						action: "import",
						subject: { kind: "article", id: article.id },
						after: {
							article,
							meetings: meetings.map(({ meeting, merged }) => ({ id: meeting.id, merged })),
							newDiplomats: newDiplomats.map((diplomat) => diplomat.id),
							warnings,
						},
					}),
				);
				const body = {
					...result,
					skipped: result.skipped.map(({ reason }) => ({ reason })),
				};
				return c.json(body, 201, { location: `/v1/articles/${encodeURIComponent(result.article.slug)}` });
			});
		},
	);

	return app;
}
