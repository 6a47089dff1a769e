import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Meeting } from "@sidelines/domain";
import type { Store } from "@sidelines/store";
import type { Context } from "hono";
import { audited } from "../http/audit.js";
import { RejectionSchema } from "../http/desk-schemas.js";
import { bearer, etagHeader, optionalBearer, readErrors, writeErrors } from "../http/docs-responses.js";
import { expectedVersion, sendJson, validationHook } from "../http/respond.js";
import {
	IdempotencyHeader,
	IdParam,
	IfMatchHeader,
	MeetingCreateSchema,
	MeetingPage,
	MeetingQuery,
	MeetingSchema,
	MeetingUpdateSchema,
} from "../http/schemas.js";
import type { AppEnv } from "../http/types.js";
import { verifySources } from "../http/verify-sources.js";
import { keyRequired } from "../middleware/auth.js";
import { recordEtag } from "../middleware/etag.js";
import { writeOnce } from "../middleware/idempotency.js";
import { ApiProblem, problemType } from "../middleware/problem.js";
import type { RouteDeps } from "./deps.js";
import { recordWriteRoutes } from "./record-writes.js";

const json = <T>(schema: T) => ({ "application/json": { schema } });

const notFound = (id: string) =>
	new ApiProblem(404, `no meeting has the id "${id}"`, { type: problemType("not-found") });

/** Meetings: confirmed ones for readers, the review queue (proposed, rejected) for key holders, writes and review. */
export function meetingRoutes({ store, writer, admin, reader, articleCache }: RouteDeps) {
	const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

	/** A meeting as the caller may see it: readers only ever see confirmed meetings. */
	const visible = async (id: string, editor: boolean, from: Store = store): Promise<Meeting> => {
		const meeting = await from.meetings.get(id);
		if (!meeting || (!editor && meeting.review !== "confirmed")) throw notFound(id);
		return meeting;
	};

	app.openapi(
		createRoute({
			method: "get",
			path: "/meetings",
			operationId: "listMeetings",
			security: optionalBearer,
			tags: ["meetings"],
			summary: "List confirmed meetings (or, with an API key, the review queue)",
			middleware: [reader],
			request: { query: MeetingQuery },
			responses: { 200: { description: "A page of meetings", content: json(MeetingPage) }, ...readErrors },
		}),
		async (c) => {
			const query = c.req.valid("query");
			if (query.review !== undefined && query.review !== "confirmed" && c.get("principal") === undefined) {
				throw keyRequired(`review=${query.review} lists the review queue, which needs an API key`);
			}
			return sendJson(c, await store.meetings.list({ ...query, review: query.review ?? "confirmed" }));
		},
	);

	app.openapi(
		createRoute({
			method: "get",
			path: "/meetings/{id}",
			operationId: "getMeeting",
			security: optionalBearer,
			tags: ["meetings"],
			summary: "One meeting",
			middleware: [reader],
			request: { params: IdParam },
			responses: {
				200: { description: "The meeting", headers: etagHeader, content: json(MeetingSchema) },
				...readErrors,
			},
		}),
		async (c) => {
			const meeting = await visible(c.req.valid("param").id, c.get("principal") !== undefined);
			return sendJson(c, meeting, recordEtag(meeting));
		},
	);

	app.openapi(
		createRoute({
			method: "post",
			path: "/meetings",
			operationId: "saveMeeting",
			tags: ["meetings"],
			summary: "Record a meeting (merged into an existing one when it is the same meeting)",
			security: bearer,
			middleware: writer,
			request: {
				headers: IdempotencyHeader,
				body: { required: true, content: { "application/json": { schema: MeetingCreateSchema } } },
			},
			responses: {
				200: {
					description: "Merged into an existing meeting",
					headers: etagHeader,
					content: json(MeetingSchema),
				},
				201: { description: "Created", headers: etagHeader, content: json(MeetingSchema) },
				...writeErrors,
			},
		}),
		async (c) => {
			const input = c.req.valid("json");
			const response = await writeOnce(c, store, async (tx) => {
				await verifySources(tx, input.sources);
				const { meeting, merged } = await tx.meetings.save(input);
				const headers = {
					etag: recordEtag(meeting),
					location: `/v1/meetings/${meeting.id}`,
					"sidelines-merged": String(merged),
				};
				return merged ? c.json(meeting, 200, headers) : c.json(meeting, 201, headers);
			});
			articleCache.clear(); // articles mention meetings only once they are confirmed
			return response;
		},
	);

	recordWriteRoutes(app, {
		resource: "meetings",
		noun: "a meeting",
		operationNoun: "Meeting",
		schema: MeetingSchema,
		updateSchema: MeetingUpdateSchema,
		audit: { kind: "meeting", edit: "edit" },
		store,
		load: (id) => visible(id, true),
		update: async (tx, id, patch, version) => {
			await verifySources(tx, patch.sources);
			return tx.meetings.update(id, patch, version);
		},
		remove: (tx, id, version) => tx.meetings.delete(id, version),
		written: () => articleCache.clear(),
		writer,
		admin,
	});

	/**
	 * Moves a proposal to `review` in one write that also records the decision (audit trail) and, with an
	 * Idempotency-Key, its response.
	 */
	const decide = async (
		c: Context<AppEnv>,
		id: string,
		review: "confirmed" | "rejected",
		reason?: string,
	) => {
		const response = await writeOnce(c, store, async (tx) => {
			const current = await visible(id, true, tx);
			if (current.review !== "proposed") {
				throw new ApiProblem(409, `meeting ${current.id} is ${current.review}, not proposed`, {
					type: problemType("not-proposed"),
				});
			}
			const version = c.req.header("if-match") === undefined ? current.version : expectedVersion(c, current);
			const updated = await audited(
				c,
				tx,
				(plan) => plan.meetings.setReview(current.id, review, version),
				(after) => ({
					action: review === "confirmed" ? "confirm" : "reject",
					subject: { kind: "meeting", id: current.id },
					before: current,
					after,
					reason,
				}),
			);
			return c.json(updated, 200, { etag: recordEtag(updated) });
		});
		articleCache.clear();
		return response;
	};

	app.openapi(
		createRoute({
			method: "post",
			path: "/meetings/{id}/confirm",
			operationId: "confirmMeeting",
			tags: ["meetings"],
			summary: "Confirm a proposed meeting (If-Match optional)",
			security: bearer,
			middleware: writer,
			request: { params: IdParam, headers: IfMatchHeader },
			responses: {
				200: { description: "The confirmed meeting", headers: etagHeader, content: json(MeetingSchema) },
				...writeErrors,
			},
		}),
		async (c) => decide(c, c.req.valid("param").id, "confirmed"),
	);

	app.openapi(
		createRoute({
			method: "post",
			path: "/meetings/{id}/reject",
			operationId: "rejectMeeting",
			tags: ["meetings"],
			summary: "Reject a proposed meeting, saying why (If-Match optional)",
			security: bearer,
			middleware: writer,
			request: {
				params: IdParam,
				headers: IfMatchHeader,
				body: { required: true, content: json(RejectionSchema) },
			},
			responses: {
				200: { description: "The rejected meeting", headers: etagHeader, content: json(MeetingSchema) },
				...writeErrors,
			},
		}),
		async (c) => decide(c, c.req.valid("param").id, "rejected", c.req.valid("json").reason),
	);

	return app;
}
