import { DomainValidationError } from "@sidelines/domain";
import { PageParseError } from "@sidelines/extract";
import { ConflictError, InvalidQueryError, NotFoundError, VersionConflictError } from "@sidelines/store/edge";
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";

/** One field-level problem: where (RFC 6901 JSON Pointer, `#`-prefixed for the body) and what. */
export interface ProblemFieldError {
	pointer: string;
	detail: string;
	/** Name of the query or path parameter, when the problem is in one. */
	parameter?: string;
}

/** An RFC 9457 problem details object as this API sends it. */
export interface ProblemDetails {
	type: string;
	title: string;
	status: number;
	detail: string;
	instance: string;
	errors: ProblemFieldError[];
}

const TITLES: Record<number, string> = {
	400: "Bad Request",
	401: "Unauthorized",
	403: "Forbidden",
	404: "Not Found",
	405: "Method Not Allowed",
	408: "Request Timeout",
	409: "Conflict",
	412: "Precondition Failed",
	413: "Content Too Large",
	415: "Unsupported Media Type",
	422: "Unprocessable Content",
	428: "Precondition Required",
	429: "Too Many Requests",
	431: "Request Header Fields Too Large",
	500: "Internal Server Error",
	501: "Not Implemented",
	503: "Service Unavailable",
};

/** The problem type URI for a short name; `about:blank` means "see the status code". */
export const problemType = (name: string) => `tag:sidelines.dev,2026:problem:${name}`;

/** Thrown anywhere in a request to answer with a problem+json response. */
export class ApiProblem extends Error {
	override readonly name = "ApiProblem";
	constructor(
		readonly status: number,
		detail: string,
		readonly options: { type?: string; errors?: ProblemFieldError[]; headers?: Record<string, string> } = {},
	) {
		super(detail);
	}
}

/**
 * Builds an `application/problem+json` response.
 * @example problemResponse("/v1/articles/x", 404, "no article has the slug x");
 */
export function problemResponse(
	instance: string,
	status: number,
	detail: string,
	options: { type?: string; errors?: ProblemFieldError[]; headers?: Record<string, string> } = {},
): Response {
	const body: ProblemDetails = {
		type: options.type ?? "about:blank",
		title: TITLES[status] ?? "Error",
		status,
		detail,
		instance,
		errors: options.errors ?? [],
	};
	return new Response(JSON.stringify(body), {
		status,
		headers: { "content-type": "application/problem+json", "cache-control": "no-store", ...options.headers },
	});
}

/** Maps the store's, the extractor's and the domain's errors, by class, to problems. */
function problemForError(error: Error, instance: string): Response | undefined {
	if (error instanceof ApiProblem)
		return problemResponse(instance, error.status, error.message, error.options);
	if (error instanceof HTTPException) {
		const status = error.status;
		if (status >= 500) return undefined;
		const detail =
			status === 413
				? "the request body is too large"
				: status === 415
					? "send the body as application/json"
					: error.message || TITLES[status] || "the request cannot be processed";
		return problemResponse(instance, status, detail, {
			type: status === 400 ? problemType("malformed-request") : "about:blank",
		});
	}
	if (error instanceof NotFoundError)
		return problemResponse(instance, 404, error.message, { type: problemType("not-found") });
	if (error instanceof VersionConflictError)
		return problemResponse(instance, 412, error.message, { type: problemType("version-conflict") });
	if (error instanceof ConflictError)
		return problemResponse(instance, 409, error.message || "the record conflicts with an existing one", {
			type: problemType("conflict"),
		});
	if (error instanceof PageParseError)
		return problemResponse(instance, 422, error.message || "the page cannot be read as a news page", {
			type: problemType("unreadable-page"),
		});
	if (error instanceof InvalidQueryError)
		return problemResponse(instance, 400, error.message || "the query is not valid", {
			type: problemType("invalid-query"),
		});
	if (error instanceof DomainValidationError)
		return problemResponse(instance, 422, "the record is not valid", {
			type: problemType("validation"),
			errors: error.issues.map((issue) => ({ pointer: `#${issue.pointer}`, detail: issue.message })),
		});
	return undefined;
}

/**
 * `app.onError` handler: known errors become problems with their status; anything else is a 500 without details.
 * @param log where unexpected errors are reported (never to the client)
 */
export function problemOnError(
	log: (error: unknown) => void = (error) => console.error(error),
): ErrorHandler {
	return function onProblemError(error, c) {
		const known = problemForError(error, c.req.path);
		if (known) return known;
		log(error);
		return problemResponse(c.req.path, 500, "the server could not complete the request");
	};
}

type RouteLike = { method: string; path: string };

/**
 * `app.notFound` handler that answers 405 with `Allow` when the path exists under another method.
 * @param routes the app's routes (read lazily, after every route is registered)
 */
export function problemNotFound(routes: () => RouteLike[]): NotFoundHandler {
	let matchers: { pattern: RegExp; methods: Set<string> }[] | undefined;
	const compile = () => {
		const byPath = new Map<string, Set<string>>();
		for (const route of routes()) {
			if (route.method === "ALL") continue;
			const methods = byPath.get(route.path) ?? new Set<string>();
			methods.add(route.method);
			if (route.method === "GET") methods.add("HEAD");
			byPath.set(route.path, methods);
		}
		return [...byPath].map(([path, methods]) => ({
			pattern: new RegExp(
				`^${path
					.split("/")
					.map((part) =>
						part.startsWith(":")
							? "[^/]+"
							: part === "*"
								? ".*"
								: part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
					)
					.join("/")}/?$`,
			),
			methods,
		}));
	};
	return function notFound(c: Context) {
		matchers ??= compile();
		const path = c.req.path;
		const allowed = new Set<string>();
		for (const matcher of matchers)
			if (matcher.pattern.test(path)) for (const method of matcher.methods) allowed.add(method);
		if (allowed.size > 0 && !allowed.has(c.req.method)) {
			const allow = [...allowed].sort().join(", ");
			return problemResponse(path, 405, `${c.req.method} is not allowed here; use ${allow}`, {
				headers: { allow },
			});
		}
		return problemResponse(path, 404, `nothing is at ${path}`, { type: problemType("not-found") });
	};
}
