import type { APIRoute } from "astro";
import { env } from "../env.js";
import { feedResponse } from "../lib/feed-responses.js";

export const GET: APIRoute = ({ locals }) =>
	feedResponse(locals.reader, { kind: "site" }, "rss", env.siteUrl, env.siteName);
