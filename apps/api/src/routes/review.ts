import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import {
	absorbReport,
	datesCompatible,
	formatsCompatible,
	type Meeting,
	type MeetingCreate,
	partyKey,
	partySetKey,
} from "@sidelines/domain";
import type { Store } from "@sidelines/store";
import type { Context } from "hono";
import { audited } from "../http/audit.js";
import { CandidateList, MergeSchema, ProposalPage, SplitResult, SplitSchema } from "../http/desk-schemas.js";
import { bearer, etagHeader, writeErrors } from "../http/docs-responses.js";
import { invalidField } from "../http/invalid-field.js";
import { expectedVersion, validationHook } from "../http/respond.js";
import { proposalWarnings } from "../http/review-warnings.js";
import { IdParam, IfMatchHeader, MeetingSchema, ProposalQuery } from "../http/schemas.js";
import type { AppEnv } from "../http/types.js";
import { verifySources } from "../http/verify-sources.js";
import { recordEtag } from "../middleware/etag.js";
import { writeOnce } from "../middleware/idempotency.js";
import { ApiProblem, problemType } from "../middleware/problem.js";
import type { RouteDeps } from "./deps.js";

const json = <T>(schema: T) => ({ "application/json": { schema } });
const MAX_CANDIDATES = 20;

/**
 * Points the articles that reported `from` at the meetings that replace it (a merge or a split), so their
 * "meetings in this story" stay right. Runs in the write's plan.
 */
async function remapMentions(tx: Store, from: Meeting, to: string[]): Promise<void> {
	for (const articleId of new Set(from.sources.map((source) => source.articleId))) {
		const article = await tx.articles.get(articleId);
		if (!article?.mentions.meetings.includes(from.id)) continue;
		const meetings = [...new Set(article.mentions.meetings.flatMap((id) => (id === from.id ? to : [id])))];
		await tx.articles.update(articleId, { mentions: { ...article.mentions, meetings } }, article.version);
	}
}

/** The review queue and the decisions beyond confirm and reject: merge, split, and finding candidates. */
export function reviewRoutes({ store, writer, articleCache }: RouteDeps) {
	const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

	const loadMeeting = async (id: string): Promise<Meeting> => {
		const meeting = await store.meetings.get(id);
		if (!meeting)
			throw new ApiProblem(404, `no meeting has the id "${id}"`, { type: problemType("not-found") });
		return meeting;
	};
	const loadProposal = async (c: Context<AppEnv>, id: string) => {
		const proposal = await loadMeeting(id);
		if (proposal.review !== "proposed") {
			throw new ApiProblem(409, `meeting ${proposal.id} is ${proposal.review}, not proposed`, {
				type: problemType("not-proposed"),
			});
		}
		const version = c.req.header("if-match") === undefined ? proposal.version : expectedVersion(c, proposal);
		return { proposal, version };
	};

	/** The articles of a page of proposals, with the warnings their import left in the audit trail. */
	const articlesOf = async (meetings: Meeting[]) => {
		const ids = [
			...new Set(meetings.flatMap((meeting) => meeting.sources.map((source) => source.articleId))),
		];
		const found = await Promise.all(
			ids.map(async (id) => {
				const article = await store.articles.get(id);
				if (!article) return undefined;
				const trail = await store.audit.history({ kind: "article", id }, { limit: 100 });
				const imported = trail.items.find((event) => event.action === "import")?.after as
					| { warnings?: string[] }
					| undefined;
				const { slug, headline, status } = article;
				return [id, { id, slug, headline, status, warnings: imported?.warnings ?? [] }] as const;
			}),
		);
		return new Map(found.filter((entry) => entry !== undefined));
	};

	app.openapi(
		createRoute({
			method: "get",
			path: "/proposals",
			operationId: "listProposals",
			tags: ["review"],
			summary:
				"The review queue: proposed meetings, newest date first, then highest confidence, with their articles and warnings",
			security: bearer,
			middleware: writer,
			request: { query: ProposalQuery },
			responses: { 200: { description: "A page of proposals", content: json(ProposalPage) }, ...writeErrors },
		}),
		async (c) => {
			const page = await store.meetings.list({ ...c.req.valid("query"), review: "proposed" });
			const articles = await articlesOf(page.items);
			const items = page.items.map((meeting) => ({
				meeting,
				articles: meeting.sources.flatMap((source) => articles.get(source.articleId) ?? []),
				warnings: proposalWarnings(meeting),
			}));
			return c.json({ items, nextCursor: page.nextCursor }, 200, { "cache-control": "no-store" });
		},
	);

	app.openapi(
		createRoute({
			method: "get",
			path: "/meetings/{id}/candidates",
			operationId: "listMeetingCandidates",
			tags: ["review"],
			summary: "Stored meetings this one may be a report of: shared parties, compatible dates and formats",
			security: bearer,
			middleware: writer,
			request: { params: IdParam },
			responses: {
				200: { description: "Candidates, likeliest first", content: json(CandidateList) },
				...writeErrors,
			},
		}),
		async (c) => {
			const meeting = await loadMeeting(c.req.valid("param").id);
			const found = new Map<string, Meeting>();
			for (const review of ["confirmed", "proposed"] as const) {
				for (const party of meeting.participants) {
					const filter =
						party.kind === "diplomat" ? { diplomat: party.diplomatId } : { country: party.country };
					for (const other of (await store.meetings.list({ ...filter, review, limit: 100 })).items)
						if (other.id !== meeting.id) found.set(other.id, other);
				}
			}
			const parties = new Set(meeting.participants.map(partyKey));
			const key = partySetKey(meeting);
			const items = [...found.values()]
				.filter(
					(other) =>
						formatsCompatible(meeting.format, other.format) &&
						(meeting.date === null || other.date === null || datesCompatible(meeting, other)),
				)
				.map((other) => ({
					meeting: other,
					sameParties: partySetKey(other) === key,
					sharedParties: other.participants.filter((party) => parties.has(partyKey(party))).length,
				}))
				.filter((candidate) => candidate.sharedParties > 0)
				.sort(
					(a, b) =>
						Number(b.sameParties) - Number(a.sameParties) ||
						b.sharedParties - a.sharedParties ||
						(a.meeting.id < b.meeting.id ? -1 : 1),
				)
				.slice(0, MAX_CANDIDATES);
			return c.json({ items }, 200, { "cache-control": "no-store" });
		},
	);

	app.openapi(
		createRoute({
			method: "post",
			path: "/meetings/{id}/merge",
			operationId: "mergeMeeting",
			tags: ["review"],
			summary:
				"Merge a proposal into the meeting it reports: its sources and parties move, the proposal goes",
			security: bearer,
			middleware: writer,
			request: {
				params: IdParam,
				headers: IfMatchHeader,
				body: { required: true, content: json(MergeSchema) },
			},
			responses: {
				200: { description: "The meeting merged into", headers: etagHeader, content: json(MeetingSchema) },
				...writeErrors,
			},
		}),
		async (c) => {
			const { proposal, version } = await loadProposal(c, c.req.valid("param").id);
			const { into, intoVersion } = c.req.valid("json");
			if (into === proposal.id) throw invalidField("#/into", "a proposal cannot be merged into itself");
			const target = await store.meetings.get(into);
			if (!target) throw invalidField("#/into", `no meeting has the id "${into}"`);
			if (target.review === "rejected")
				throw new ApiProblem(409, `meeting ${into} was rejected; merge into a confirmed or proposed one`, {
					type: problemType("rejected-target"),
				});
			if (intoVersion !== undefined && intoVersion !== target.version)
				throw new ApiProblem(
					412,
					`meeting ${into} has changed since you read it: it is now "${into}:v${target.version}"`,
					{
						type: problemType("version-conflict"),
					},
				);
			const { participants, sources, topics } = absorbReport(target, proposal);
			const response = await writeOnce(c, store, async (plan) => {
				const merged = await audited(
					c,
					plan,
					async (tx) => {
						await tx.meetings.delete(proposal.id, version);
						const after = await tx.meetings.update(
							target.id,
							{ participants, sources, topics },
							target.version,
						);
						await remapMentions(tx, proposal, [target.id]);
						return after;
					},
					(after) => [
						{
							action: "merge",
							subject: { kind: "meeting", id: target.id },
							before: target,
							after,
							reason: `proposal ${proposal.id} merged into this meeting`,
						},
						{
							action: "merge",
							subject: { kind: "meeting", id: proposal.id },
							before: proposal,
							after: null,
							reason: `merged into meeting ${target.id}`,
						},
					],
				);
				return c.json(merged, 200, { etag: recordEtag(merged) });
			});
			articleCache.clear();
			return response;
		},
	);

	app.openapi(
		createRoute({
			method: "post",
			path: "/meetings/{id}/split",
			operationId: "splitMeeting",
			tags: ["review"],
			summary: "Split a proposal into two or more proposals, each with its parties and evidence",
			security: bearer,
			middleware: writer,
			request: {
				params: IdParam,
				headers: IfMatchHeader,
				body: { required: true, content: json(SplitSchema) },
			},
			responses: {
				201: {
					description: "The new proposals (merged: a part matched a stored meeting)",
					content: json(SplitResult),
				},
				...writeErrors,
			},
		}),
		async (c) => {
			const { proposal, version } = await loadProposal(c, c.req.valid("param").id);
			const { parts } = c.req.valid("json");
			for (const [index, part] of parts.entries()) {
				if (part.participants === undefined)
					throw invalidField(`#/parts/${index}/participants`, "each part names its participants");
				await verifySources(store, part.sources, `#/parts/${index}`);
			}
			const { id: _id, version: _version, ...fields } = proposal;
			const response = await writeOnce(c, store, async (plan) => {
				const made = await audited(
					c,
					plan,
					async (tx) => {
						// The proposal goes first, so no part is merged back into it.
						await tx.meetings.delete(proposal.id, version);
						const saved = [];
						for (const part of parts) {
							const input: Record<string, unknown> = { ...fields, review: "proposed" };
							for (const [field, value] of Object.entries(part)) {
								if (value === null && field !== "date") delete input[field];
								else if (value !== undefined) input[field] = value;
							}
							saved.push(await tx.meetings.save(input as MeetingCreate));
						}
						await remapMentions(tx, proposal, [...new Set(saved.map(({ meeting }) => meeting.id))]);
						return saved;
					},
					(saved) => [
						{
							action: "split",
							subject: { kind: "meeting", id: proposal.id },
							before: proposal,
							after: null,
							reason: `split into ${saved.map(({ meeting }) => meeting.id).join(", ")}`,
						},
						...saved.map(({ meeting }) => ({
							action: "split" as const,
							subject: { kind: "meeting" as const, id: meeting.id },
							after: meeting,
							reason: `split from ${proposal.id}`,
						})),
					],
				);
				return c.json({ items: made }, 201);
			});
			articleCache.clear();
			return response;
		},
	);

	return app;
}
