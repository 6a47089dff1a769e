import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Occasion } from "@sidelines/domain";
import { bearer, etagHeader, publicRead, readErrors, writeErrors } from "../http/docs-responses.js";
import { fastHash } from "../http/fast-hash.js";
import { sendJson, validationHook } from "../http/respond.js";
import {
	IdempotencyHeader,
	IdParam,
	OccasionCreateSchema,
	OccasionDetail,
	OccasionPage,
	OccasionSchema,
	OccasionUpdateSchema,
	PageQuery,
} from "../http/schemas.js";
import type { AppEnv } from "../http/types.js";
import { recordEtag } from "../middleware/etag.js";
import { writeOnce } from "../middleware/idempotency.js";
import { ApiProblem, problemType } from "../middleware/problem.js";
import type { RouteDeps } from "./deps.js";
import { recordWriteRoutes } from "./record-writes.js";

const json = <T>(schema: T) => ({ "application/json": { schema } });

/** Occasions (the gatherings meetings happen on the sidelines of), with who met whom there. */
export function occasionRoutes({ store, writer, admin }: RouteDeps) {
	const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

	/** By id, or by slug so that site URLs work too. */
	const notFound = (idOrSlug: string) =>
		new ApiProblem(404, `no occasion has the id "${idOrSlug}"`, { type: problemType("not-found") });
	const existing = async (idOrSlug: string): Promise<Occasion> => {
		const occasion = (await store.occasions.get(idOrSlug)) ?? (await store.occasions.getBySlug(idOrSlug));
		if (!occasion) throw notFound(idOrSlug);
		return occasion;
	};

	app.openapi(
		createRoute({
			method: "get",
			path: "/occasions",
			operationId: "listOccasions",
			security: publicRead,
			tags: ["occasions"],
			summary: "List occasions",
			request: { query: PageQuery },
			responses: { 200: { description: "A page of occasions", content: json(OccasionPage) }, ...readErrors },
		}),
		async (c) => sendJson(c, await store.occasions.list(c.req.valid("query"))),
	);

	app.openapi(
		createRoute({
			method: "get",
			path: "/occasions/{id}",
			operationId: "getOccasion",
			security: publicRead,
			tags: ["occasions"],
			summary: "One occasion with its who-met-whom matrix (confirmed meetings)",
			description:
				'The ETag is "<id>:v<version>+<hash of the matrix>": it changes when meetings there change, and its id and version work as If-Match.',
			request: { params: IdParam },
			responses: {
				200: {
					description: "The occasion and its pairs",
					headers: etagHeader,
					content: json(OccasionDetail),
				},
				...readErrors,
			},
		}),
		async (c) => {
			const { id } = c.req.valid("param");
			// By id first: the matrix reads the occasion with its meetings; a slug is looked up, then asked for.
			const matrix =
				(await store.occasions.matrix(id)) ?? (await store.occasions.matrix((await existing(id)).id));
			if (!matrix) throw notFound(id);
			const { occasion, parties, pairs } = matrix;
			// The matrix changes with meetings, not with the occasion's version: fold a hash of it into the ETag.
			return sendJson(c, { occasion, parties, pairs }, (body) =>
				recordEtag(occasion).replace(/"$/, `+${fastHash(body)}"`),
			);
		},
	);

	app.openapi(
		createRoute({
			method: "post",
			path: "/occasions",
			operationId: "createOccasion",
			tags: ["occasions"],
			summary: "Create an occasion",
			security: bearer,
			middleware: writer,
			request: {
				headers: IdempotencyHeader,
				body: { required: true, content: { "application/json": { schema: OccasionCreateSchema } } },
			},
			responses: {
				201: { description: "Created", headers: etagHeader, content: json(OccasionSchema) },
				...writeErrors,
			},
		}),
		async (c) => {
			const input = c.req.valid("json");
			return writeOnce(c, store, async (tx) => {
				const occasion = await tx.occasions.create(input);
				return c.json(occasion, 201, {
					etag: recordEtag(occasion),
					location: `/v1/occasions/${occasion.id}`,
				});
			});
		},
	);

	recordWriteRoutes(app, {
		resource: "occasions",
		noun: "an occasion",
		operationNoun: "Occasion",
		schema: OccasionSchema,
		updateSchema: OccasionUpdateSchema,
		audit: { kind: "occasion", edit: "edit" },
		store,
		load: existing,
		update: (tx, id, patch, version) => tx.occasions.update(id, patch, version),
		remove: (tx, id, version) => tx.occasions.delete(id, version),
		writer,
		admin,
	});

	return app;
}
