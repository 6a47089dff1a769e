import type { Article, Diplomat, Meeting } from "@sidelines/domain";
import { unlessNotFound } from "../api.js";
import type { DeskApi } from "./desk-api.js";

/** A proposal in the review queue with what the desk shows beside it. */
export interface ProposalView {
	meeting: Meeting;
	/** The article that reports it (a draft, usually), when the API could name it. */
	article?: Article | undefined;
	/** What extraction could not settle ("Bennani: nationality not found"). */
	warnings: string[];
}

/**
 * The review queue in the API's order (date, then confidence), each proposal with the article that
 * reports it (read in full, so its evidence can be marked in context) and what extraction left unsettled.
 * @example const { items } = await reviewQueue(desk.api, { limit: 50 });
 */
export async function reviewQueue(
	api: DeskApi,
	query: { cursor?: string | undefined; limit: number },
): Promise<{ items: ProposalView[]; nextCursor: string | null }> {
	const page = await api.client.GET("/v1/proposals", {
		params: { query: { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) } },
	});
	const articles = new Map<string, Promise<Article | undefined>>();
	const articleBy = (slug: string) => {
		let found = articles.get(slug);
		if (!found) {
			found = unlessNotFound(
				api.client.GET("/v1/articles/{slug}", { params: { path: { slug } } }),
			) as Promise<Article | undefined>;
			articles.set(slug, found);
		}
		return found;
	};
	const items = await Promise.all(
		page.items.map(async (proposal) => {
			const slug = proposal.articles[0]?.slug;
			return {
				meeting: proposal.meeting as Meeting,
				article: slug ? await articleBy(slug) : undefined,
				warnings: proposal.warnings,
			};
		}),
	);
	return { items, nextCursor: page.nextCursor };
}

/**
 * The diplomats the given meetings name, by id, read with the editor's session (so proposed new
 * diplomats, which readers never see, are found too).
 */
export async function diplomatsOf(
	api: DeskApi,
	meetings: readonly Meeting[],
): Promise<Map<string, Diplomat>> {
	const ids = new Set<string>();
	for (const meeting of meetings)
		for (const party of meeting.participants) if (party.kind === "diplomat") ids.add(party.diplomatId);
	const found = await Promise.all(
		[...ids].map(
			(id) =>
				unlessNotFound(api.client.GET("/v1/diplomats/{id}", { params: { path: { id } } })) as Promise<
					Diplomat | undefined
				>,
		),
	);
	return new Map(found.filter((d): d is Diplomat => d !== undefined).map((d) => [d.id, d]));
}
