import { describeIssues } from "@sidelines/domain";
import type { Context } from "hono";
import type { z } from "zod";
import { ApiProblem, problemType } from "../middleware/problem.js";
import { fastHash } from "./fast-hash.js";
import { answerResponse, publicAnswer } from "./public-answer.js";
import type { AppEnv } from "./types.js";

/**
 * The OpenAPIHono `defaultHook`: a request that fails its schema becomes a problem. Bodies are
 * 422 with a JSON Pointer per issue; query, path and header parameters are 400 naming the parameter.
 */
export function validationHook(
	result: { target: string; success: boolean; error?: z.ZodError },
	_c: Context,
): void {
	if (result.success || !result.error) return;
	const issues = describeIssues(result.error);
	if (result.target === "json") {
		throw new ApiProblem(422, "the request body is not a valid record", {
			type: problemType("validation"),
			errors: issues.map((issue) => ({ pointer: `#${issue.pointer}`, detail: issue.message })),
		});
	}
	throw new ApiProblem(
		400,
		`the ${result.target === "param" ? "path" : result.target} parameters are not valid`,
		{
			type: problemType("invalid-parameter"),
			errors: issues.map((issue) => ({
				pointer: "",
				parameter: issue.path.split(".")[0] ?? "",
				detail: issue.path ? `${issue.path}: ${issue.message}` : issue.message,
			})),
		},
	);
}

// Strong entity tags only: If-Match uses the strong comparison (RFC 9110 13.1.1), so W/ never matches.
const TAG = /^"([A-Za-z0-9][A-Za-z0-9_-]{0,99}):v(\d{1,15})(?:\+[^"]*)?"$/;

/**
 * The version an `If-Match` header names for `record`: 428 when absent, 412 when it names another
 * record or version. `*` means "whatever is current" (RFC 9110).
 * @example expectedVersion(c, meeting); // 3 for If-Match: "mtg-x:v3"
 */
export function expectedVersion(c: Context, record: { id: string; version: number }): number {
	const header = c.req.header("if-match");
	if (header === undefined || header.trim() === "") {
		throw new ApiProblem(
			428,
			'send If-Match with the ETag you read (e.g. If-Match: "id:v1") so edits do not overwrite each other',
			{
				type: problemType("precondition-required"),
			},
		);
	}
	if (header.trim() === "*") return record.version;
	for (const candidate of header.split(",")) {
		const match = TAG.exec(candidate.trim());
		if (match && match[1] === record.id && Number(match[2]) === record.version) return record.version;
	}
	throw new ApiProblem(
		412,
		`the record has changed since you read it: it is now "${record.id}:v${record.version}"`,
		{
			type: problemType("version-conflict"),
		},
	);
}

const encoder = new TextEncoder();

/**
 * A 200 JSON response serialized once, with a strong ETag: `etag`, or made by `etag` from the serialized
 * body, or else hashed from those same bytes (so the ETag middleware never re-reads the body). An anonymous
 * GET gets its whole public answer here (every header, or a 304), which the header middleware then leave alone.
 * @example return sendJson(c, await store.meetings.list(filter));
 */
export function sendJson(
	c: Context<AppEnv>,
	value: unknown,
	etag?: string | ((body: string) => string),
): Response {
	const body = JSON.stringify(value);
	const tag = etag === undefined ? `"${fastHash(body)}"` : typeof etag === "string" ? etag : etag(body);
	const https = c.get("https");
	if (https !== undefined && c.req.method === "GET" && c.req.header("authorization") === undefined)
		return answerResponse(
			publicAnswer(encoder.encode(body), tag, { https, ifNoneMatch: c.req.header("if-none-match") }),
		);
	return c.body(body, 200, { "content-type": "application/json", etag: tag });
}
