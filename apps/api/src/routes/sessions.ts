import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { SessionPolicy } from "@sidelines/store";
import type { Context, MiddlewareHandler } from "hono";
import { NewSessionSchema, SessionSchema, SignInSchema } from "../http/desk-schemas.js";
import { bearer, publicRead, writeErrors } from "../http/docs-responses.js";
import { validationHook } from "../http/respond.js";
import type { AppEnv, Principal } from "../http/types.js";
import { bearerToken, SESSION_PREFIX } from "../middleware/auth.js";
import { ApiProblem, problemType } from "../middleware/problem.js";
import { type FixedWindowLimiter, tooManyRequests } from "../middleware/rate-limit.js";
import type { RouteDeps } from "./deps.js";

const json = <T>(schema: T) => ({ "application/json": { schema } });

/** What the sign-in route needs beyond every route's deps. */
export interface SessionDeps {
	policy: SessionPolicy;
	/** Failed sign-ins counted per account (email) and per client address. */
	signInLimits: { account: FixedWindowLimiter; address: FixedWindowLimiter };
	now: () => number;
	/** Requires a bearer token (any key or session). */
	signedIn: MiddlewareHandler<AppEnv>;
}

const BAD_CREDENTIALS = "the email or the password is not right";

/** The signed-in user of a request, or a 403 problem when the request came with an API key. */
function sessionOf(c: Context<AppEnv>): Required<Pick<Principal, "user" | "session">> {
	const principal = c.get("principal");
	if (!principal?.user || !principal.session)
		throw new ApiProblem(403, "this request authenticated with an API key, which has no session", {
			type: problemType("not-a-session"),
		});
	return { user: principal.user, session: principal.session };
}

/** Desk sign-in and sign-out: `POST /sessions` trades an email and password for a session token. */
export function sessionRoutes({
	store,
	clientAddress,
	policy,
	signInLimits,
	now,
	signedIn,
}: RouteDeps & SessionDeps) {
	const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

	app.openapi(
		createRoute({
			method: "post",
			path: "/sessions",
			operationId: "signIn",
			tags: ["sessions"],
			summary: "Sign in to the desk: a new session token for an email and password",
			security: publicRead,
			request: { body: { required: true, content: json(SignInSchema) } },
			responses: {
				201: { description: "Signed in", content: json(NewSessionSchema) },
				...writeErrors,
				401: writeErrors[401],
			},
		}),
		async (c) => {
			const { email, password } = c.req.valid("json");
			const account = email.trim().toLowerCase();
			const address = clientAddress(c);
			// Count before the (slow) password check, and take the count back on success: concurrent guesses
			// cannot all pass a check made before any of them was counted.
			const byAccount = signInLimits.account.hit(account);
			const byAddress = signInLimits.address.hit(address);
			const refused = [byAccount, byAddress].find((verdict) => !verdict.allowed);
			// A finished problem response, as the rate-limit middleware sends it.
			if (refused)
				return tooManyRequests(c, refused, "too many failed sign-ins; wait and try again") as never;
			const user = await store.users.authenticate(email, password);
			if (!user) {
				throw new ApiProblem(401, BAD_CREDENTIALS, {
					type: problemType("bad-credentials"),
					headers: { "www-authenticate": 'Bearer realm="sidelines"' },
				});
			}
			signInLimits.account.refund(account);
			signInLimits.address.refund(address);
			// Rotation: a sign-in that carries a session token (the desk forwards its cookie) ends that session.
			const previous = bearerToken(c.req.header("authorization"));
			if (previous?.startsWith(SESSION_PREFIX)) await store.sessions.end(previous, new Date(now()));
			const { token, session } = await store.sessions.start(user.id, policy, new Date(now()));
			return c.json({ token, expiresAt: session.expiresAt, user }, 201, { "cache-control": "no-store" });
		},
	);

	app.openapi(
		createRoute({
			method: "get",
			path: "/sessions/current",
			operationId: "getCurrentSession",
			tags: ["sessions"],
			summary: "The signed-in user and when the session ends",
			security: bearer,
			middleware: [signedIn],
			responses: { 200: { description: "The session", content: json(SessionSchema) }, ...writeErrors },
		}),
		async (c) => {
			const { user, session } = sessionOf(c);
			return c.json({ expiresAt: session.expiresAt, user }, 200, { "cache-control": "no-store" });
		},
	);

	app.openapi(
		createRoute({
			method: "delete",
			path: "/sessions/current",
			operationId: "signOut",
			tags: ["sessions"],
			summary: "Sign out: the session token stops working at once",
			security: bearer,
			middleware: [signedIn],
			responses: { 204: { description: "Signed out" }, ...writeErrors },
		}),
		async (c) => {
			sessionOf(c);
			const token = bearerToken(c.req.header("authorization")) as string;
			await store.sessions.end(token, new Date(now()));
			return c.body(null, 204);
		},
	);

	return app;
}
