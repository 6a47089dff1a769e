import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Diplomat } from "@sidelines/domain";
import { bearer, etagHeader, optionalBearer, readErrors, writeErrors } from "../http/docs-responses.js";
import { sendJson, validationHook } from "../http/respond.js";
import {
	Counterparts,
	DiplomatCreateSchema,
	DiplomatPage,
	DiplomatQuery,
	DiplomatSchema,
	DiplomatUpdateSchema,
	IdempotencyHeader,
	IdParam,
} from "../http/schemas.js";
import type { AppEnv } from "../http/types.js";
import { recordEtag } from "../middleware/etag.js";
import { writeOnce } from "../middleware/idempotency.js";
import { ApiProblem, problemType } from "../middleware/problem.js";
import type { RouteDeps } from "./deps.js";
import { recordWriteRoutes } from "./record-writes.js";

const json = <T>(schema: T) => ({ "application/json": { schema } });

/** Diplomats: lists by country and name, one diplomat, their counterparts, writes. */
export function diplomatRoutes({ store, writer, admin, reader }: RouteDeps) {
	const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

	const notFound = (id: string) =>
		new ApiProblem(404, `no diplomat has the id "${id}"`, { type: problemType("not-found") });
	const existing = async (id: string): Promise<Diplomat> => {
		const diplomat = await store.diplomats.get(id);
		if (!diplomat) throw notFound(id);
		return diplomat;
	};
	/** Readers see a diplomat only once a confirmed meeting or a published article names them. */
	const visible = async (id: string, editor: boolean): Promise<Diplomat> => {
		if (editor) return existing(id);
		// Both reads settle before the answer: on Workers a read still pending when the request ends is never
		// finished, and the store's connection it holds with it (Promise.all would answer a 404 that early).
		const [found, seen] = await Promise.allSettled([existing(id), store.diplomats.isPublic(id)]);
		if (found.status === "rejected") throw found.reason;
		if (seen.status === "rejected") throw seen.reason;
		if (!seen.value) throw notFound(id);
		return found.value;
	};
	/** Whether the caller may see diplomat `id` (only ids that exist are public): 404 if not. */
	const mayRead = async (id: string, editor: boolean): Promise<void> => {
		if (editor) await existing(id);
		else if (!(await store.diplomats.isPublic(id))) throw notFound(id);
	};

	app.openapi(
		createRoute({
			method: "get",
			path: "/diplomats",
			operationId: "listDiplomats",
			security: optionalBearer,
			tags: ["diplomats"],
			summary: "List diplomats (by country, or by any form of their name)",
			description:
				"Readers see the diplomats of confirmed meetings and published articles; a key holder sees every diplomat.",
			middleware: [reader],
			request: { query: DiplomatQuery },
			responses: { 200: { description: "A page of diplomats", content: json(DiplomatPage) }, ...readErrors },
		}),
		async (c) =>
			sendJson(
				c,
				await store.diplomats.list({ ...c.req.valid("query"), public: c.get("principal") === undefined }),
			),
	);

	app.openapi(
		createRoute({
			method: "get",
			path: "/diplomats/{id}",
			operationId: "getDiplomat",
			security: optionalBearer,
			tags: ["diplomats"],
			summary: "One diplomat",
			middleware: [reader],
			request: { params: IdParam },
			responses: {
				200: { description: "The diplomat", headers: etagHeader, content: json(DiplomatSchema) },
				...readErrors,
			},
		}),
		async (c) => {
			const diplomat = await visible(c.req.valid("param").id, c.get("principal") !== undefined);
			return sendJson(c, diplomat, recordEtag(diplomat));
		},
	);

	app.openapi(
		createRoute({
			method: "get",
			path: "/diplomats/{id}/counterparts",
			operationId: "listCounterparts",
			security: optionalBearer,
			tags: ["diplomats"],
			summary: "Who a diplomat has met (confirmed meetings), most frequent first",
			middleware: [reader],
			request: { params: IdParam },
			responses: { 200: { description: "Counterparts", content: json(Counterparts) }, ...readErrors },
		}),
		async (c) => {
			const { id } = c.req.valid("param");
			const items = await store.diplomats.counterparts(id);
			// Counterparts come from confirmed meetings, so whoever has one exists and is public: only none needs asking.
			if (items.length === 0) await mayRead(id, c.get("principal") !== undefined);
			return sendJson(c, { diplomat: id, items });
		},
	);

	app.openapi(
		createRoute({
			method: "post",
			path: "/diplomats",
			operationId: "createDiplomat",
			tags: ["diplomats"],
			summary: "Create a diplomat",
			security: bearer,
			middleware: writer,
			request: {
				headers: IdempotencyHeader,
				body: { required: true, content: { "application/json": { schema: DiplomatCreateSchema } } },
			},
			responses: {
				201: { description: "Created", headers: etagHeader, content: json(DiplomatSchema) },
				...writeErrors,
			},
		}),
		async (c) => {
			const input = c.req.valid("json");
			return writeOnce(c, store, async (tx) => {
				const diplomat = await tx.diplomats.create(input);
				return c.json(diplomat, 201, {
					etag: recordEtag(diplomat),
					location: `/v1/diplomats/${diplomat.id}`,
				});
			});
		},
	);

	recordWriteRoutes(app, {
		resource: "diplomats",
		noun: "a diplomat",
		operationNoun: "Diplomat",
		schema: DiplomatSchema,
		updateSchema: DiplomatUpdateSchema,
		audit: { kind: "diplomat", edit: "diplomat-edit" },
		store,
		load: existing,
		update: (tx, id, patch, version) => tx.diplomats.update(id, patch, version),
		remove: (tx, id, version) => tx.diplomats.delete(id, version),
		writer,
		admin,
	});

	return app;
}
