import { describe, expect, it } from "vitest";
import { apiForBlock, jsonOf, problemOf, sender, type TestApi } from "./support/api.js";
import { DATABASES } from "./support/databases.js";
import { signedIn, signIn } from "./support/desk.js";

describe.each(DATABASES)("users admin on %s", (kind) => {
	let api: TestApi;
	apiForBlock(kind, (started) => {
		api = started;
	});

	it("lets admins create, list and change users, auditing each change, and nobody else", async () => {
		const admin = await signedIn(api, "admin");
		const editor = await signedIn(api, "editor");
		const asAdmin = sender(
			() => api,
			() => admin.authorization,
		);
		const asEditor = sender(
			() => api,
			() => editor.authorization,
		);
		const password = "the new person's password";

		const created = await asAdmin("POST", "/v1/users", {
			email: "new.person@desk.example",
			name: "New Person",
			role: "editor",
			password,
		});
		expect(created.status).toBe(201);
		const user = await jsonOf(created);
		expect(created.headers.get("etag")).toBe(`"${user.id}:v1"`);
		expect(JSON.stringify(user)).not.toContain(password);
		expect((await signIn(api, "new.person@desk.example", password)).status).toBe(201);

		const listed = await asAdmin("GET", "/v1/users");
		expect((await jsonOf(listed)).items.map((item: { email: string }) => item.email)).toContain(
			"new.person@desk.example",
		);
		expect((await asEditor("GET", "/v1/users")).status).toBe(403);
		expect(
			(await asEditor("POST", "/v1/users", { email: "x@desk.example", name: "X", role: "admin", password }))
				.status,
		).toBe(403);

		const stale = await asAdmin(
			"PATCH",
			`/v1/users/${user.id}`,
			{ role: "admin" },
			{ "if-match": `"${user.id}:v9"` },
		);
		expect(stale.status).toBe(412);
		const promoted = await asAdmin(
			"PATCH",
			`/v1/users/${user.id}`,
			{ role: "admin" },
			{ "if-match": `"${user.id}:v1"` },
		);
		expect(await jsonOf(promoted)).toMatchObject({ role: "admin", version: 2 });
		const self = await asAdmin(
			"PATCH",
			`/v1/users/${admin.user.id}`,
			{ disabled: true },
			{ "if-match": `"${admin.user.id}:v1"` },
		);
		expect((await problemOf(self)).status).toBe(409);

		const history = await api.store.audit.history({ kind: "user", id: user.id });
		expect(history.items.map((event) => [event.action, event.actor.id])).toEqual([
			["user-edit", admin.user.id],
			["user-create", admin.user.id],
		]);
		expect(history.items[0]?.before).toMatchObject({ role: "editor" });
		expect(history.items[0]?.after).toMatchObject({ role: "admin" });
		expect(JSON.stringify(history)).not.toMatch(/scrypt|the new person's password/);
	});

	it("refuses bad and duplicate users with problems, creating nothing", async () => {
		const admin = await signedIn(api, "admin");
		const asAdmin = sender(
			() => api,
			() => admin.authorization,
		);
		const before = (await api.store.users.list()).length;
		const invalid = await asAdmin("POST", "/v1/users", {
			email: "no-at-sign",
			name: "",
			role: "owner",
			password: "short",
		});
		const problem = await problemOf(invalid);
		expect(problem.status).toBe(422);
		expect(problem.errors.map((error) => error.pointer).sort()).toEqual([
			"#/email",
			"#/name",
			"#/password",
			"#/role",
		]);
		const duplicate = await asAdmin("POST", "/v1/users", {
			email: admin.user.email.toUpperCase(),
			name: "Copy",
			role: "editor",
			password: "a password long enough",
		});
		expect((await problemOf(duplicate)).status).toBe(409);
		expect((await api.store.users.list()).length).toBe(before);
	});
});
