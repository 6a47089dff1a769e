import type { APIRoute } from "astro";
import { env } from "../env.js";
import { absolute } from "../lib/paths.js";

export const GET: APIRoute = () =>
	new Response(
		[
			"User-agent: *",
			"Allow: /",
			"Disallow: /search",
			`Sitemap: ${absolute(env.siteUrl, "/sitemap.xml")}`,
			`Sitemap: ${absolute(env.siteUrl, "/news-sitemap.xml")}`,
			"",
		].join("\n"),
		{ headers: { "content-type": "text/plain; charset=utf-8" } },
	);
