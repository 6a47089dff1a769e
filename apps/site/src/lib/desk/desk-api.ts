import { ApiError, createClient, type ProblemDetails, type SidelinesClient } from "@sidelines/api/client";

/** A signed-in person, as `GET /v1/sessions/current` describes them. */
interface DeskUser {
	id: string;
	email: string;
	name: string;
	role: "editor" | "admin";
}

/** What a sign-in returns: the opaque token the cookie holds, when it ends, and who it is. */
export interface DeskSession {
	token: string;
	expiresAt: string;
	user: DeskUser;
}

/** Where the API answers, and the browser's address passed on so per-address limits see the person, not the site. */
export interface DeskConnection {
	apiUrl: string;
	clientAddress?: string | undefined;
}

function forwardingFetch(clientAddress: string | undefined) {
	return (request: Request) => {
		if (clientAddress) request.headers.set("x-forwarded-for", clientAddress);
		return fetch(request);
	};
}

async function problemOf(response: Response): Promise<ProblemDetails | undefined> {
	if (!(response.headers.get("content-type") ?? "").includes("json")) return undefined;
	return (await response.json().catch(() => undefined)) as ProblemDetails | undefined;
}

/**
 * A session request (the typed client needs a token up front; these make or read one), with the
 * typed client's failure: a non-2xx answer throws {@link ApiError}.
 */
async function send<T>(
	connection: DeskConnection,
	token: string | undefined,
	method: string,
	path: string,
	body?: unknown,
): Promise<T> {
	const headers = new Headers({ accept: "application/json" });
	if (token) headers.set("authorization", `Bearer ${token}`);
	if (body !== undefined) headers.set("content-type", "application/json");
	const response = await forwardingFetch(connection.clientAddress)(
		new Request(`${connection.apiUrl}${path}`, {
			method,
			headers,
			...(body === undefined ? {} : { body: JSON.stringify(body) }),
		}),
	);
	if (!response.ok) throw new ApiError(response.status, await problemOf(response), response);
	return (response.status === 204 ? undefined : await response.json()) as T;
}

/**
 * Signs in with an email and password; throws {@link ApiError} (401 bad credentials, 429 too many tries).
 * A session the browser still holds is sent along, and the API ends it: a sign-in always rotates.
 * @example const session = await signIn({ apiUrl }, "editor@example.org", password);
 */
export function signIn(
	connection: DeskConnection,
	email: string,
	password: string,
	previousToken?: string,
): Promise<DeskSession> {
	return send(connection, previousToken, "POST", "/v1/sessions", { email, password });
}

/** The API as one signed-in editor sees it: every call carries their session token. */
export interface DeskApi {
	/** The typed client, authenticated with the session. */
	client: SidelinesClient;
	/** Who the session belongs to; throws {@link ApiError} 401 when it has ended or expired. */
	currentUser(): Promise<DeskUser>;
	/** Ends the session at the API: the token is useless from then on. */
	signOut(): Promise<void>;
	/** Sends one raw page (text or HTML) to `POST /v1/import`; the answer as the API gave it. */
	importPage(raw: string, type: "text/plain" | "text/html"): Promise<Response>;
}

/**
 * The API for one request of a signed-in editor.
 * @example const desk = deskApi({ apiUrl }, token); (await desk.currentUser()).name;
 */
export function deskApi(connection: DeskConnection, token: string): DeskApi {
	const fetcher = forwardingFetch(connection.clientAddress);
	const client = createClient({ baseUrl: connection.apiUrl, token, fetch: fetcher });
	return {
		client,
		currentUser: async () =>
			(await send<Omit<DeskSession, "token">>(connection, token, "GET", "/v1/sessions/current")).user,
		signOut: () => send(connection, token, "DELETE", "/v1/sessions/current"),
		importPage: (raw, type) =>
			fetcher(
				new Request(`${connection.apiUrl}/v1/import`, {
					method: "POST",
					headers: {
						accept: "application/json",
						authorization: `Bearer ${token}`,
						"content-type": `${type}; charset=utf-8`,
					},
					body: raw,
				}),
			),
	};
}
