import { ProblemSchema } from "./schemas.js";

const problem = (description: string) => ({
	description,
	content: { "application/problem+json": { schema: ProblemSchema } },
});

/** Error responses of public reads, for the OpenAPI document. */
export const readErrors = {
	304: { description: "Not modified: the ETag in If-None-Match is current" },
	400: problem("A query or path parameter is not valid"),
	404: problem("No such record"),
	429: problem("Rate limited"),
} as const;

/** Error responses of authenticated writes, for the OpenAPI document. */
export const writeErrors = {
	400: problem("Malformed JSON, bad parameters or Idempotency-Key"),
	401: problem("Missing, malformed, unknown or revoked API key"),
	403: problem("The API key lacks the scope"),
	404: problem("No such record"),
	409: problem("Conflicts with an existing record, or the same Idempotency-Key is in flight"),
	412: problem("If-Match names a version that is no longer current"),
	413: problem("The body is too large"),
	415: problem("The body is not application/json"),
	422: problem("The record is not valid (one error per field, with JSON Pointers)"),
	428: problem("If-Match is required"),
	429: problem("Rate limited"),
} as const;

/** Security requirement of write routes. */
export const bearer = [{ bearerAuth: [] }];

/** Security of public reads: none. */
export const publicRead: Record<string, string[]>[] = [];

/** Security of reads that show key holders more (drafts, the review queue): none, or a key. */
export const optionalBearer: Record<string, string[]>[] = [{}, { bearerAuth: [] }];

/** The catch-all client error of routes with no specific one (a malformed request, a wrong method). */
export const anyClientError = {
	"4XX": problem("The request cannot be served as sent"),
} as const;

/** Response headers documented on single records. */
export const etagHeader = {
	ETag: {
		description: 'Strong ETag "<id>:v<version>", usable as If-Match',
		schema: { type: "string" as const },
	},
};
