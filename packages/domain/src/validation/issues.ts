import type { z } from "zod";

/**
 * One thing wrong with a record: where (JSON Pointer and dotted path) and what, in plain words.
 * @example
 * const issue: DomainIssue = {
 *   pointer: "/participants",
 *   path: "participants",
 *   message: "a meeting needs at least two parties",
 * };
 */
export interface DomainIssue {
	/** RFC 6901 JSON Pointer to the offending value, `""` for the record itself. */
	pointer: string;
	/** Human-readable path such as `participants` or `body.0.text`. */
	path: string;
	message: string;
}

/**
 * Thrown by {@link parseRecord} when input does not satisfy a domain schema.
 * @example
 * try {
 *   parseRecord(Meeting, { id: "mtg-1", version: 1, participants: [] });
 * } catch (error) {
 *   if (error instanceof DomainValidationError) error.issues[0]?.pointer; // "/participants"
 * }
 */
export class DomainValidationError extends Error {
	override readonly name = "DomainValidationError";
	readonly issues: DomainIssue[];
	constructor(issues: DomainIssue[]) {
		super(issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; "));
		this.issues = issues;
	}
}

const escapePointerToken = (token: string) => token.replaceAll("~", "~0").replaceAll("/", "~1");

/**
 * Turns a Zod error into domain issues with JSON Pointers and readable paths.
 * @example
 * const result = Meeting.safeParse(input);
 * if (!result.success) describeIssues(result.error); // [{ path: "participants", ... }]
 */
export function describeIssues(error: z.ZodError): DomainIssue[] {
	return error.issues.map((issue) => {
		const tokens = issue.path.map((segment) => String(segment));
		return {
			pointer: tokens.map((token) => `/${escapePointerToken(token)}`).join(""),
			path: tokens.join("."),
			message: issue.message,
		};
	});
}

/**
 * Validates `input` against `schema`, returning the parsed value or throwing a {@link DomainValidationError}.
 * @example
 * const meeting = parseRecord(Meeting, json); // throws "participants: a meeting needs at least two parties"
 */
export function parseRecord<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const result = schema.safeParse(input);
	if (!result.success) throw new DomainValidationError(describeIssues(result.error));
	return result.data;
}
