import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { AuditAction, AuditSubjectKind, Store } from "@sidelines/store";
import type { MiddlewareHandler } from "hono";
import { audited } from "../http/audit.js";
import { bearer, etagHeader, writeErrors } from "../http/docs-responses.js";
import { expectedVersion } from "../http/respond.js";
import { IdParam, IfMatchHeader } from "../http/schemas.js";
import type { AppEnv } from "../http/types.js";
import { recordEtag } from "../middleware/etag.js";

/** How one kind of versioned record is updated and deleted. */
export interface RecordWrites<Stored extends { id: string; version: number }, Patch> {
	/** Path segment and OpenAPI tag, e.g. `diplomats`. */
	resource: string;
	/** The record with its article, for summaries: "a diplomat", "an occasion". */
	noun: string;
	/** The record's name in operation ids: `Diplomat` makes `updateDiplomat`, `deleteDiplomat`. */
	operationNoun: string;
	schema: z.ZodType<Stored>;
	updateSchema: z.ZodType<Patch>;
	/** What the audit trail calls the record, and what it calls an edit of it. */
	audit: { kind: AuditSubjectKind; edit: AuditAction };
	store: Store;
	/** The current record, or a 404 problem. */
	load(id: string): Promise<Stored>;
	/** Writes through `tx`, the store of the write's plan (which also records the audit event). */
	update(tx: Store, id: string, patch: Patch, expectedVersion: number): Promise<Stored>;
	remove(tx: Store, id: string, expectedVersion: number): Promise<void>;
	/** Runs after a committed write (cache invalidation). */
	written?: () => void;
	writer: MiddlewareHandler<AppEnv>[];
	admin: MiddlewareHandler<AppEnv>[];
}

/**
 * `PATCH` and `DELETE /{resource}/{id}`, the same for every versioned record: If-Match is required (428),
 * a stale one is 412, deletes need the admin scope; each write is audited with the record before and after.
 */
export function recordWriteRoutes<Stored extends { id: string; version: number }, Patch>(
	app: OpenAPIHono<AppEnv>,
	writes: RecordWrites<Stored, Patch>,
): void {
	const path = `/${writes.resource}/{id}`;
	app.openapi(
		createRoute({
			method: "patch",
			path,
			operationId: `update${writes.operationNoun}`,
			tags: [writes.resource],
			summary: `Update ${writes.noun} (If-Match required)`,
			security: bearer,
			middleware: writes.writer,
			request: {
				params: IdParam,
				headers: IfMatchHeader,
				body: { required: true, content: { "application/json": { schema: writes.updateSchema } } },
			},
			responses: {
				200: {
					description: "Updated",
					headers: etagHeader,
					content: { "application/json": { schema: writes.schema } },
				},
				...writeErrors,
			},
		}),
		async (c) => {
			const current = await writes.load(c.req.valid("param").id);
			const patch = c.req.valid("json") as Patch;
			const version = expectedVersion(c, current);
			const updated = await audited(
				c,
				writes.store,
				(tx) => writes.update(tx, current.id, patch, version),
				(after) => ({
					action: writes.audit.edit,
					subject: { kind: writes.audit.kind, id: current.id },
					before: current,
					after,
				}),
			);
			writes.written?.();
			return c.json(updated as never, 200, { etag: recordEtag(updated) });
		},
	);

	app.openapi(
		createRoute({
			method: "delete",
			path,
			operationId: `delete${writes.operationNoun}`,
			tags: [writes.resource],
			summary: `Delete ${writes.noun} (If-Match required; admin scope)`,
			security: bearer,
			middleware: writes.admin,
			request: { params: IdParam, headers: IfMatchHeader },
			responses: { 204: { description: "Deleted" }, ...writeErrors },
		}),
		async (c) => {
			const current = await writes.load(c.req.valid("param").id);
			const version = expectedVersion(c, current);
			await audited(
				c,
				writes.store,
				(tx) => writes.remove(tx, current.id, version),
				() => ({ action: "delete", subject: { kind: writes.audit.kind, id: current.id }, before: current }),
			);
			writes.written?.();
			return c.body(null, 204);
		},
	);
}
