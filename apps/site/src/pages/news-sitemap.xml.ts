import type { APIRoute } from "astro";
import { env } from "../env.js";
import { newsSitemap, newsWindowStart } from "../lib/sitemaps.js";

export const GET: APIRoute = async ({ locals: { reader } }) => {
	const { items } = await reader.articles({ from: newsWindowStart(new Date()), limit: 100 });
	return new Response(newsSitemap(env.siteUrl, env.siteName, items), {
		headers: { "content-type": "application/xml; charset=utf-8" },
	});
};
