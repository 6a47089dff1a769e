import createFetchClient, {
	type ClientPathsWithMethod,
	type Client as FetchClient,
	type FetchResponse,
	type MaybeOptionalInit,
} from "openapi-fetch";
import type { components, operations, paths } from "./openapi-types.js";

/*
 * The typed client is derived from the OpenAPI document: `openapi-types.ts` is generated from it
 * (scripts/client-types.ts), and openapi-fetch turns those types into typed calls. Nothing here
 * names a path or a field, so a new route is a typed call as soon as the types are regenerated.
 */

export type { components, operations, paths };

/** Every schema the API names: `Schemas["Article"]`, `Schemas["MeetingCreate"]`, ... */
export type Schemas = components["schemas"];
/** An RFC 9457 problem, as every error response carries. */
export type ProblemDetails = Schemas["Problem"];

/** A non-2xx answer, with the RFC 9457 problem the API sent (undefined when the body was not one). */
export class ApiError extends Error {
	override readonly name = "ApiError";
	constructor(
		readonly status: number,
		readonly problem: ProblemDetails | undefined,
		readonly response: Response,
	) {
		super(problem ? `${status} ${problem.title}: ${problem.detail}` : `HTTP ${status}`);
	}
}

export interface ClientOptions {
	/** e.g. `https://api.example.org` (no trailing /v1). */
	baseUrl: string;
	/** API key for writes and the review queue (`sidelines keys create`). */
	token?: string;
	/** A fetch to use instead of the global one (tests, Workers service bindings). */
	fetch?: (request: Request) => Promise<Response>;
}

/** The strong ETag of a stored record, for If-Match: `"<id>:v<version>"`. */
export const etagOf = (record: { id: string; version: number }) => `"${record.id}:v${record.version}"`;

type Method = "get" | "post" | "patch" | "delete";
type Paths<M extends Method> = ClientPathsWithMethod<FetchClient<paths>, M>;
type Init<P extends keyof paths, M extends Method> = MaybeOptionalInit<paths[P], M>;
/** The init argument, optional when the operation has no required parameter or body. */
type InitArgument<I> = undefined extends I
	? [init?: I & Record<string, unknown>]
	: [init: I & Record<string, unknown>];
/** What a successful call resolves to: the 2xx body, typed by the document. */
export type SuccessOf<P extends keyof paths, M extends Method, I = unknown> = Exclude<
	FetchResponse<paths[P][M] & Record<string | number, unknown>, I, "application/json">,
	{ error: unknown }
>["data"];

/** One HTTP method: the path (as documented, `{slug}` and all) and its typed init; resolves to the 2xx body. */
export type Call<M extends Method> = <P extends Paths<M>, I extends Init<P, M>>(
	path: P,
	...init: InitArgument<I>
) => Promise<SuccessOf<P, M, I>>;

/** The client `createClient` returns: one typed call per HTTP method the API uses. */
export interface SidelinesClient {
	GET: Call<"get">;
	POST: Call<"post">;
	PATCH: Call<"patch">;
	DELETE: Call<"delete">;
}

/**
 * A typed client for the Sidelines API (browsers, Node, Workers). Paths, parameters, bodies and
 * results are typed from the OpenAPI document; a non-2xx answer throws {@link ApiError}.
 * @example
 * const api = createClient({ baseUrl: "http://localhost:8787" });
 * const article = await api.GET("/v1/articles/{slug}", { params: { path: { slug: "motegi-matera" } } });
 * const { items } = await api.GET("/v1/meetings", { params: { query: { diplomat: "motegi-toshimitsu" } } });
 */
export function createClient({ baseUrl, token, fetch: fetcher }: ClientOptions): SidelinesClient {
	const client = createFetchClient<paths>({
		baseUrl: baseUrl.replace(/\/+$/, ""),
		headers: { accept: "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
		...(fetcher ? { fetch: fetcher } : {}),
	});
	const call =
		(method: Method) =>
		async (path: string, init?: Record<string, unknown>): Promise<unknown> => {
			const { data, error, response } = await client.request(method, path as never, init as never);
			if (!response.ok) {
				const problem =
					typeof error === "object" && error !== null && "status" in error
						? (error as ProblemDetails)
						: undefined;
				throw new ApiError(response.status, problem, response);
			}
			return data;
		};
	return {
		GET: call("get") as Call<"get">,
		POST: call("post") as Call<"post">,
		PATCH: call("patch") as Call<"patch">,
		DELETE: call("delete") as Call<"delete">,
	};
}
