import type { APIRoute } from "astro";
import { env } from "../../env.js";

/**
 * Short links on the site's own origin: the API knows the code, and answers with a redirect to
 * the article's page; the site passes on only that page's path.
 */
export const GET: APIRoute = async ({ params, rewrite }) => {
	const code = params.code ?? "";
	if (!/^[A-Za-z0-9]{6}$/.test(code)) return rewrite("/404");
	const answer = await fetch(`${env.apiUrl}/s/${encodeURIComponent(code)}`, { redirect: "manual" });
	const location = answer.headers.get("location");
	if (answer.status !== 301 || !location) return rewrite("/404");
	const { pathname } = new URL(location);
	if (!pathname.startsWith("/articles/")) return rewrite("/404");
	return new Response(null, {
		status: 301,
		headers: { location: pathname, "cache-control": "public, max-age=300" },
	});
};
