import { ApiError } from "@sidelines/api/client";
import type { APIRoute } from "astro";
import { SESSION_COOKIE } from "../../lib/desk/session-cookie.js";

/** Ends the session at the API (the token is useless from then on) and forgets the cookie. */
export const POST: APIRoute = async ({ locals, cookies, redirect }) => {
	try {
		await locals.desk?.api.signOut();
	} catch (error) {
		// A session that already ended is signed out all the same.
		if (!(error instanceof ApiError && error.status === 401)) throw error;
	}
	cookies.delete(SESSION_COOKIE, { path: "/desk" });
	return redirect("/desk/sign-in?signed-out=1", 303);
};
