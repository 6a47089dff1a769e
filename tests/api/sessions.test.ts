import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf, problemOf, startApi, type TestApi } from "./support/api.js";
import { DATABASES } from "./support/databases.js";
import { DESK_PASSWORD, deskUser, signedIn, signIn } from "./support/desk.js";
import { newOccasion } from "./support/records.js";

const HOUR = 3_600_000;

describe.each(DATABASES)("desk sessions on %s", (kind) => {
	let api: TestApi;
	let clock = Date.parse("2026-03-01T09:00:00Z");
	beforeAll(async () => {
		api = await startApi(kind, {
			now: () => clock,
			limits: {
				signInPerAccount: { limit: 3, windowMs: 15 * 60_000 },
				signInPerAddress: { limit: 6, windowMs: 15 * 60_000 },
			},
		});
	});
	afterAll(async () => {
		expect(api.logged).toEqual([]);
		await api.close();
	});
	// Each test starts in a fresh rate-limit window.
	const nextWindow = () => {
		clock += 16 * 60_000;
	};

	it("signs in with the email in any case: a session token, its expiry and the user, never the password", async () => {
		nextWindow();
		const user = await deskUser(api, "editor", "Ana Desk");
		const response = await signIn(api, user.email.toUpperCase());
		expect(response.status).toBe(201);
		expect(response.headers.get("cache-control")).toBe("no-store");
		const text = await response.text();
		expect(text).not.toContain(DESK_PASSWORD);
		expect(text).not.toMatch(/hash|scrypt/i);
		const body = JSON.parse(text);
		expect(body).toEqual({
			token: expect.stringMatching(/^sls_[A-Za-z0-9_-]{43}$/),
			expiresAt: new Date(clock + 12 * HOUR).toISOString(),
			user: {
				id: user.id,
				version: 1,
				email: user.email,
				name: "Ana Desk",
				role: "editor",
				createdAt: user.createdAt,
				disabledAt: null,
			},
		});
		const current = await api.fetch("/v1/sessions/current", {
			headers: { authorization: `Bearer ${body.token}` },
		});
		expect(current.status).toBe(200);
		expect(await jsonOf(current)).toEqual({ expiresAt: body.expiresAt, user: body.user });
	});

	it("answers a wrong password and an unknown email alike, and keeps the password out of every answer", async () => {
		nextWindow();
		const user = await deskUser(api, "editor");
		const wrong = await signIn(api, user.email, "not the password at all");
		const unknown = await signIn(api, "nobody@desk.example", "not the password at all");
		expect(wrong.status).toBe(401);
		expect(unknown.status).toBe(401);
		const [a, b] = [await problemOf(wrong), await problemOf(unknown)];
		expect(a).toEqual(b);
		expect(a.detail).toBe("the email or the password is not right");
		const invalid = await api.fetch("/v1/sessions", {
			method: "POST",
			headers: { "content-type": "application/json" },
			body: JSON.stringify({ password: DESK_PASSWORD, extra: true }),
		});
		const problem = await problemOf(invalid);
		expect(problem.status).toBe(422);
		expect(problem.errors.map((error) => error.pointer).sort()).toEqual(["#", "#/email"]);
		expect(JSON.stringify(problem)).not.toContain(DESK_PASSWORD);
	});

	it("limits failed sign-ins per account, then per address, with Retry-After, counting before the check", async () => {
		nextWindow();
		const user = await deskUser(api, "editor");
		const failures = await Promise.all([1, 2, 3].map(() => signIn(api, user.email, "wrong wrong wrong")));
		expect(failures.map((response) => response.status)).toEqual([401, 401, 401]);
		// The account is locked for now, even with the right password.
		const locked = await signIn(api, user.email);
		expect((await problemOf(locked)).status).toBe(429);
		expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
		expect(Number(locked.headers.get("retry-after"))).toBeLessThanOrEqual(15 * 60);
		// Another account from the same address still signs in (4 of 6 counted; success refunds its count).
		const other = await deskUser(api, "editor");
		expect((await signIn(api, other.email)).status).toBe(201);
		// Guessing across accounts from one address runs into the address limit.
		expect((await signIn(api, "a@desk.example", "wrong wrong wrong")).status).toBe(401);
		expect((await signIn(api, "b@desk.example", "wrong wrong wrong")).status).toBe(401);
		expect((await signIn(api, other.email)).status).toBe(429);
		nextWindow();
		expect((await signIn(api, user.email)).status).toBe(201);
	});

	it("ends a session after 12 idle hours; each use moves the end on", async () => {
		nextWindow();
		const { authorization } = await signedIn(api, "editor");
		const current = () => api.fetch("/v1/sessions/current", { headers: { authorization } });
		clock += 11 * HOUR;
		const used = await current();
		expect(used.status).toBe(200);
		expect((await jsonOf(used)).expiresAt).toBe(new Date(clock + 12 * HOUR).toISOString());
		clock += 11 * HOUR;
		expect((await current()).status).toBe(200);
		clock += 12 * HOUR + 1;
		const expired = await current();
		expect(expired.status).toBe(401);
		expect((await problemOf(expired)).detail).toBe("the session has ended or expired; sign in again");
	});

	it("signs out: the same token is then refused everywhere", async () => {
		nextWindow();
		const { authorization } = await signedIn(api, "editor");
		const out = await api.fetch("/v1/sessions/current", { method: "DELETE", headers: { authorization } });
		expect(out.status).toBe(204);
		expect((await api.fetch("/v1/sessions/current", { headers: { authorization } })).status).toBe(401);
		const write = await api.fetch("/v1/occasions", {
			method: "POST",
			headers: { authorization, "content-type": "application/json" },
			body: JSON.stringify(newOccasion()),
		});
		expect(write.status).toBe(401);
		expect((await api.fetch("/v1/meetings?review=proposed", { headers: { authorization } })).status).toBe(
			401,
		);
	});

	it("rotates: a sign-in that carries a session token ends it and issues a new one", async () => {
		nextWindow();
		const { user, token, authorization } = await signedIn(api, "editor");
		const again = await signIn(api, user.email, DESK_PASSWORD, { authorization });
		expect(again.status).toBe(201);
		const fresh = (await jsonOf(again)).token;
		expect(fresh).not.toBe(token);
		expect((await api.fetch("/v1/sessions/current", { headers: { authorization } })).status).toBe(401);
		expect(
			(await api.fetch("/v1/sessions/current", { headers: { authorization: `Bearer ${fresh}` } })).status,
		).toBe(200);
	});

	it("grants roles: editors write and see the review queue but cannot delete; admins can", async () => {
		nextWindow();
		const editor = await signedIn(api, "editor");
		const admin = await signedIn(api, "admin");
		const create = await api.fetch("/v1/occasions", {
			method: "POST",
			headers: { authorization: editor.authorization, "content-type": "application/json" },
			body: JSON.stringify(newOccasion()),
		});
		expect(create.status).toBe(201);
		const occasion = await jsonOf(create);
		const queue = await api.fetch("/v1/meetings?review=proposed", {
			headers: { authorization: editor.authorization },
		});
		expect(queue.status).toBe(200);
		const remove = (authorization: string) =>
			api.fetch(`/v1/occasions/${occasion.id}`, {
				method: "DELETE",
				headers: { authorization, "if-match": `"${occasion.id}:v1"` },
			});
		const refused = await remove(editor.authorization);
		expect(refused.status).toBe(403);
		expect((await problemOf(refused)).detail).toBe("this endpoint needs the admin role");
		expect((await remove(admin.authorization)).status).toBe(204);
	});

	it("stops a disabled user's sessions at once", async () => {
		nextWindow();
		const { user, authorization } = await signedIn(api, "editor");
		await api.store.users.update(user.id, { disabled: true }, 1);
		expect((await api.fetch("/v1/sessions/current", { headers: { authorization } })).status).toBe(401);
		expect((await signIn(api, user.email)).status).toBe(401);
	});

	it("says an API key has no session", async () => {
		const { authorization } = await api.key(["write"]);
		const response = await api.fetch("/v1/sessions/current", { headers: { authorization } });
		expect((await problemOf(response)).status).toBe(403);
	});
});
