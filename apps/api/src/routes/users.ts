import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { audited } from "../http/audit.js";
import { UserCreateSchema, UserList, UserSchema, UserUpdateSchema } from "../http/desk-schemas.js";
import { bearer, etagHeader, writeErrors } from "../http/docs-responses.js";
import { expectedVersion, validationHook } from "../http/respond.js";
import { IdParam, IfMatchHeader } from "../http/schemas.js";
import type { AppEnv } from "../http/types.js";
import { recordEtag } from "../middleware/etag.js";
import { ApiProblem, problemType } from "../middleware/problem.js";
import type { RouteDeps } from "./deps.js";

const json = <T>(schema: T) => ({ "application/json": { schema } });

/** Desk accounts, for admins: list, create, change role, disable, reset a password. Every change is audited. */
export function userRoutes({ store, admin }: RouteDeps) {
	const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

	app.openapi(
		createRoute({
			method: "get",
			path: "/users",
			operationId: "listUsers",
			tags: ["users"],
			summary: "Every desk user, by email (admin)",
			security: bearer,
			middleware: admin,
			responses: { 200: { description: "The users", content: json(UserList) }, ...writeErrors },
		}),
		async (c) => c.json({ items: await store.users.list() }, 200),
	);

	app.openapi(
		createRoute({
			method: "post",
			path: "/users",
			operationId: "createUser",
			tags: ["users"],
			summary: "Create a desk user (admin)",
			security: bearer,
			middleware: admin,
			request: { body: { required: true, content: json(UserCreateSchema) } },
			responses: {
				201: { description: "Created", headers: etagHeader, content: json(UserSchema) },
				...writeErrors,
			},
		}),
		async (c) => {
			const input = c.req.valid("json");
			const user = await audited(
				c,
				store,
				(tx) => tx.users.create(input),
				(created) => ({ action: "user-create", subject: { kind: "user", id: created.id }, after: created }),
			);
			return c.json(user, 201, { etag: recordEtag(user), location: `/v1/users/${user.id}` });
		},
	);

	app.openapi(
		createRoute({
			method: "patch",
			path: "/users/{id}",
			operationId: "updateUser",
			tags: ["users"],
			summary: "Change a user's name, role, password or disabled state (admin; If-Match required)",
			security: bearer,
			middleware: admin,
			request: {
				params: IdParam,
				headers: IfMatchHeader,
				body: { required: true, content: json(UserUpdateSchema) },
			},
			responses: {
				200: { description: "Updated", headers: etagHeader, content: json(UserSchema) },
				...writeErrors,
			},
		}),
		async (c) => {
			const { id } = c.req.valid("param");
			const patch = c.req.valid("json");
			const current = await store.users.get(id);
			if (!current)
				throw new ApiProblem(404, `no user has the id "${id}"`, { type: problemType("not-found") });
			const version = expectedVersion(c, current);
			if (c.get("principal")?.id === id && (patch.disabled === true || patch.role === "editor")) {
				throw new ApiProblem(409, "admins cannot disable or demote themselves; ask another admin", {
					type: problemType("self-lockout"),
				});
			}
			const updated = await audited(
				c,
				store,
				(tx) => tx.users.update(id, patch, version),
				(after) => ({
					action: "user-edit",
					subject: { kind: "user", id },
					before: current,
					after,
					reason: patch.password === undefined ? undefined : "password changed",
				}),
			);
			return c.json(updated, 200, { etag: recordEtag(updated) });
		},
	);

	return app;
}
