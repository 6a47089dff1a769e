import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { type Diplomat, type Meeting, type Party, partyKey, westernName } from "@sidelines/domain";
import type { Store } from "@sidelines/store";
import { audited } from "../http/audit.js";
import { MergeSchema } from "../http/desk-schemas.js";
import { bearer, etagHeader, writeErrors } from "../http/docs-responses.js";
import { invalidField } from "../http/invalid-field.js";
import { expectedVersion, validationHook } from "../http/respond.js";
import { DiplomatSchema, IdParam, IfMatchHeader } from "../http/schemas.js";
import type { AppEnv } from "../http/types.js";
import { recordEtag } from "../middleware/etag.js";
import { writeOnce } from "../middleware/idempotency.js";
import { ApiProblem, problemType } from "../middleware/problem.js";
import type { RouteDeps } from "./deps.js";

const REVIEW_STATES = ["proposed", "confirmed", "rejected"] as const;

/** Every meeting `diplomatId` is party to, whatever its review state. */
async function meetingsOf(store: Store, diplomatId: string): Promise<Meeting[]> {
	const meetings: Meeting[] = [];
	for (const review of REVIEW_STATES) {
		let cursor: string | undefined;
		do {
			const page = await store.meetings.list({ diplomat: diplomatId, review, limit: 100, cursor });
			meetings.push(...page.items);
			cursor = page.nextCursor ?? undefined;
		} while (cursor);
	}
	return meetings;
}

/** The parties of a meeting with `from` replaced by `into` (once, keeping the entry that names an office). */
function reassign(participants: Party[], from: string, into: string): Party[] {
	const moved = participants.map((party) =>
		party.kind === "diplomat" && party.diplomatId === from ? { ...party, diplomatId: into } : party,
	);
	const byKey = new Map<string, Party>();
	for (const party of moved) {
		const known = byKey.get(partyKey(party));
		if (!known || (party.kind === "diplomat" && party.office && !(known.kind === "diplomat" && known.office)))
			byKey.set(partyKey(party), party);
	}
	return [...byKey.values()];
}

/** The survivor of a merge: its own record, plus the duplicate's spelling as an alias and offices it lacks. */
function absorbDuplicate(
	survivor: Diplomat,
	duplicate: Diplomat,
): Pick<Diplomat, "name" | "offices" | "handles"> {
	const spelling = westernName(duplicate.name);
	const aliases = [...survivor.name.aliases, ...duplicate.name.aliases];
	if (spelling !== westernName(survivor.name)) aliases.push(spelling);
	const titles = new Set(survivor.offices.map((office) => office.title));
	const networks = new Set(survivor.handles.map((handle) => `${handle.network} ${handle.handle}`));
	return {
		name: {
			...survivor.name,
			...(survivor.name.native || !duplicate.name.native ? {} : { native: duplicate.name.native }),
			aliases: [...new Set(aliases)].slice(0, 20),
		},
		offices: [...survivor.offices, ...duplicate.offices.filter((office) => !titles.has(office.title))],
		handles: [
			...survivor.handles,
			...duplicate.handles.filter((handle) => !networks.has(`${handle.network} ${handle.handle}`)),
		].slice(0, 20),
	};
}

/** `POST /diplomats/{id}/merge`: one person stored twice becomes one record; meetings and articles follow. */
export function diplomatMergeRoutes({ store, writer, articleCache }: RouteDeps) {
	const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

	app.openapi(
		createRoute({
			method: "post",
			path: "/diplomats/{id}/merge",
			operationId: "mergeDiplomat",
			tags: ["diplomats"],
			summary:
				"Merge a duplicate diplomat into another: meetings, articles and name forms move; the id then 404s",
			security: bearer,
			middleware: writer,
			request: {
				params: IdParam,
				headers: IfMatchHeader,
				body: { required: true, content: { "application/json": { schema: MergeSchema } } },
			},
			responses: {
				200: {
					description: "The surviving diplomat",
					headers: etagHeader,
					content: { "application/json": { schema: DiplomatSchema } },
				},
				...writeErrors,
			},
		}),
		async (c) => {
			const { id } = c.req.valid("param");
			const duplicate = await store.diplomats.get(id);
			if (!duplicate)
				throw new ApiProblem(404, `no diplomat has the id "${id}"`, { type: problemType("not-found") });
			const version =
				c.req.header("if-match") === undefined ? duplicate.version : expectedVersion(c, duplicate);
			const { into, intoVersion } = c.req.valid("json");
			if (into === id) throw invalidField("#/into", "a diplomat cannot be merged into themselves");
			const survivor = await store.diplomats.get(into);
			if (!survivor) throw invalidField("#/into", `no diplomat has the id "${into}"`);
			if (intoVersion !== undefined && intoVersion !== survivor.version)
				throw new ApiProblem(
					412,
					`diplomat ${into} has changed since you read it: it is now "${into}:v${survivor.version}"`,
					{
						type: problemType("version-conflict"),
					},
				);

			const response = await writeOnce(c, store, async (plan) => {
				const merged = await audited(
					c,
					plan,
					async (tx) => {
						for (const meeting of await meetingsOf(tx, id)) {
							const participants = reassign(meeting.participants, id, into);
							if (participants.length < 2)
								throw new ApiProblem(
									409,
									`meeting ${meeting.id} is between the two records; edit or delete it first`,
									{
										type: problemType("self-meeting"),
									},
								);
							await tx.meetings.update(meeting.id, { participants }, meeting.version);
						}
						let cursor: string | undefined;
						do {
							const page = await tx.articles.list({ diplomat: id, limit: 100, cursor });
							for (const article of page.items) {
								const diplomats = [...new Set(article.mentions.diplomats.map((d) => (d === id ? into : d)))];
								await tx.articles.update(
									article.id,
									{ mentions: { ...article.mentions, diplomats } },
									article.version,
								);
							}
							cursor = page.nextCursor ?? undefined;
						} while (cursor);
						const after = await tx.diplomats.update(
							into,
							absorbDuplicate(survivor, duplicate),
							survivor.version,
						);
						await tx.diplomats.delete(id, version);
						return after;
					},
					(after) => [
						{
							action: "diplomat-merge",
							subject: { kind: "diplomat", id: into },
							before: survivor,
							after,
							reason: `${id} merged into this record`,
						},
						{
							action: "diplomat-merge",
							subject: { kind: "diplomat", id },
							before: duplicate,
							after: null,
							reason: `merged into ${into}`,
						},
					],
				);
				return c.json(merged, 200, { etag: recordEtag(merged) });
			});
			articleCache.clear();
			return response;
		},
	);

	return app;
}
