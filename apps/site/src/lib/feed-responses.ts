import { officialName } from "@sidelines/domain";
import type { Reader } from "./api.js";
import { type FeedChannel, jsonFeed, rssFeed } from "./feeds.js";
import { absolute, diplomatPath } from "./paths.js";

const FEED_SIZE = 30;

/** Which feed to build: the whole site's, or one diplomat's. */
export type FeedScope = { kind: "site" } | { kind: "diplomat"; id: string };

/**
 * The RSS or JSON Feed response for a scope, or 404 for an unknown diplomat.
 * @example await feedResponse(reader, { kind: "site" }, "rss", site, "Sidelines");
 */
export async function feedResponse(
	reader: Reader,
	scope: FeedScope,
	format: "rss" | "json",
	siteUrl: string,
	siteName: string,
): Promise<Response> {
	let channel: FeedChannel;
	let filter = {};
	const suffix = format === "rss" ? "feed.xml" : "feed.json";
	if (scope.kind === "diplomat") {
		const diplomat = await reader.diplomat(scope.id);
		if (!diplomat) return new Response("No such diplomat", { status: 404 });
		const home = absolute(siteUrl, diplomatPath(diplomat.id));
		channel = {
			title: `${siteName}: ${officialName(diplomat.name)}`,
			description: `Stories on ${siteName} that mention ${officialName(diplomat.name)}.`,
			homeUrl: home,
			feedUrl: `${home}/${suffix}`,
		};
		filter = { diplomat: diplomat.id };
	} else {
		channel = {
			title: siteName,
			description: `The latest stories on ${siteName}: diplomatic meetings on the record.`,
			homeUrl: absolute(siteUrl, "/"),
			feedUrl: absolute(siteUrl, `/${suffix}`),
		};
	}
	const { items } = await reader.articles({ ...filter, limit: FEED_SIZE });
	return format === "rss"
		? new Response(rssFeed(channel, items, siteUrl), {
				headers: { "content-type": "application/rss+xml; charset=utf-8" },
			})
		: new Response(jsonFeed(channel, items, siteUrl), {
				headers: { "content-type": "application/feed+json; charset=utf-8" },
			});
}
