import { ApiError } from "@sidelines/api/client";
import type { APIContext, MiddlewareNext } from "astro";
import { env } from "../../env.js";
import { deskApi } from "./desk-api.js";
import { isSameOrigin, SAFE_METHODS } from "./origin.js";
import { SESSION_COOKIE } from "./session-cookie.js";

/** Paths of the desk; nothing under them is cached anywhere, and only editors get past sign-in. */
export const isDeskPath = (pathname: string) => pathname === "/desk" || pathname.startsWith("/desk/");

/** The one desk page a signed-out visitor may see. */
const SIGN_IN_PATH = "/desk/sign-in";

/** Where a sign-in may send the editor back to: a desk page on this site, never another origin. */
export function safeReturnPath(value: string | null | undefined): string {
	if (!value || !isDeskPath(value.split(/[?#]/)[0] ?? "") || value.startsWith("//") || value.includes("\\"))
		return "/desk";
	return value;
}

/** Headers every desk response carries: never stored by a browser or a shared cache, never indexed. */
function deskHeaders(response: Response): Response {
	const headers = new Headers(response.headers);
	headers.set("cache-control", "no-store, private");
	headers.set("x-robots-tag", "noindex, nofollow");
	headers.set("vary", "cookie");
	headers.delete("etag");
	return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function browserAddress(context: APIContext): string | undefined {
	try {
		return context.clientAddress;
	} catch {
		return undefined;
	}
}

/**
 * The desk's half of the middleware: refuses cross-site writes (403), resolves the session cookie to
 * an editor through the API, sends signed-out visitors to sign-in (303) and marks every answer private.
 */
export async function deskRequest(context: APIContext, next: MiddlewareNext): Promise<Response> {
	const { request, cookies, url } = context;
	if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request.headers, env.siteUrl)) {
		return deskHeaders(
			new Response("Refused: this form was not sent from the desk's own pages.", {
				status: 403,
				headers: { "content-type": "text/plain; charset=utf-8" },
			}),
		);
	}
	const connection = { apiUrl: env.apiUrl, clientAddress: browserAddress(context) };
	context.locals.deskConnection = connection;
	const token = cookies.get(SESSION_COOKIE)?.value;
	let ended = false;
	if (token) {
		const api = deskApi(connection, token);
		try {
			context.locals.desk = { api, user: await api.currentUser() };
		} catch (error) {
			if (!(error instanceof ApiError && error.status === 401)) throw error;
			cookies.delete(SESSION_COOKIE, { path: "/desk" });
			ended = true;
		}
	}
	if (!context.locals.desk && url.pathname !== SIGN_IN_PATH) {
		const query = new URLSearchParams({ next: `${url.pathname}${url.search}` });
		if (ended) query.set("ended", "1");
		return deskHeaders(context.redirect(`${SIGN_IN_PATH}?${query}`, 303));
	}
	return deskHeaders(await next());
}
