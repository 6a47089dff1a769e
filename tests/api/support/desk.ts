import type { UserRole } from "@sidelines/store";
import { expect } from "vitest";
import { jsonOf, type TestApi } from "./api.js";

/** The password of every desk user the tests make. */
export const DESK_PASSWORD = "a desk password nobody guesses";

/** Creates a desk user in the store and returns their email. */
export async function deskUser(api: Pick<TestApi, "store">, role: UserRole, name = `${role} person`) {
	const email = `${role}-${Math.random().toString(36).slice(2, 10)}@desk.example`;
	const user = await api.store.users.create({ email, name, role, password: DESK_PASSWORD });
	return { ...user, email };
}

/** POST /v1/sessions with an email and password. */
export function signIn(api: Pick<TestApi, "fetch">, email: string, password = DESK_PASSWORD, headers = {}) {
	return api.fetch("/v1/sessions", {
		method: "POST",
		headers: { "content-type": "application/json", ...headers },
		body: JSON.stringify({ email, password }),
	});
}

/** Signs a new desk user of `role` in and returns the bearer header value of their session. */
export async function signedIn(api: Pick<TestApi, "fetch" | "store">, role: UserRole) {
	const user = await deskUser(api, role);
	const response = await signIn(api, user.email);
	expect(response.status).toBe(201);
	const { token } = await jsonOf(response);
	return { user, token: token as string, authorization: `Bearer ${token}` };
}

/** A page in our own words (invented people) that extraction turns into one proposal and three warnings. */
export const LATVIA_PAGE = [
	"Foreign ministers of Latvia and Portugal discuss port tariffs",
	"12 May 2024 10:00:00 GMT+2",
	"",
	"Latvian Foreign Minister Ilze Rudzite held talks with Portuguese Foreign Minister Tomas Vilar in Riga on Sunday about port tariffs.",
	"",
	"Vilar later met Kask in the port.",
	"",
	"(Synthetic text written for a test; the people and events are invented.)",
].join("\n");
