import type { APIRoute } from "astro";
import { env } from "../../../env.js";
import { feedResponse } from "../../../lib/feed-responses.js";

export const GET: APIRoute = ({ locals, params }) =>
	feedResponse(locals.reader, { kind: "diplomat", id: params.id ?? "" }, "rss", env.siteUrl, env.siteName);
