import { ApiError } from "@sidelines/api/client";
import { describe, expect, it } from "vitest";
import { deskApi } from "./desk-api.js";
import { type DeskPage, ifMatchSeen, openRecord, postedForm } from "./desk-page.js";

const signedIn = {
	api: deskApi({ apiUrl: "http://127.0.0.1:9" }, "a-session-token"),
	user: { id: "usr-1", email: "ada@desk.example", name: "Ada Desk", role: "editor" as const },
};

/** Astro's page global as far as a desk page opening uses it; redirects and rewrites say where they went. */
function page(options: { desk?: typeof signedIn; method?: string; body?: URLSearchParams } = {}): DeskPage {
	return {
		locals: options.desk ? { desk: options.desk } : {},
		request: new Request("http://127.0.0.1/desk/x", {
			method: options.method ?? "GET",
			...(options.body ? { body: options.body } : {}),
		}),
		response: {},
		redirect: (path, status) => new Response(null, { status, headers: { location: path } }),
		rewrite: async (path) => new Response(`rewritten to ${path}`),
	};
}

const notFound = () => new ApiError(404, undefined, new Response(null, { status: 404 }));

describe("opening a desk page about one record", () => {
	it("gives the record and the editor's desk when both are there", async () => {
		const opened = await openRecord(page({ desk: signedIn }), async () => ({ id: "mtg-1", version: 3 }));
		expect(opened).toEqual({ desk: signedIn, record: { id: "mtg-1", version: 3 } });
	});

	it("sends a visitor without a session to sign-in without asking the API", async () => {
		let asked = false;
		const opened = await openRecord(page(), async () => {
			asked = true;
			return {};
		});
		expect(opened).toBeInstanceOf(Response);
		expect((opened as Response).status).toBe(303);
		expect((opened as Response).headers.get("location")).toBe("/desk/sign-in");
		expect(asked).toBe(false);
	});

	it("answers the 404 page, with status 404, when the API has no such record", async () => {
		const astro = page({ desk: signedIn });
		const opened = await openRecord(astro, () => Promise.reject(notFound()));
		expect(await (opened as Response).text()).toBe("rewritten to /404");
		expect(astro.response.status).toBe(404);
	});

	it("lets any other failure through to the error page", async () => {
		const refused = new ApiError(503, undefined, new Response(null, { status: 503 }));
		await expect(openRecord(page({ desk: signedIn }), () => Promise.reject(refused))).rejects.toBe(refused);
	});
});

describe("the posted form", () => {
	it("is read from a POST and absent from a GET", async () => {
		const form = await postedForm(page({ method: "POST", body: new URLSearchParams({ version: "3" }) }));
		expect(form?.get("version")).toBe("3");
		expect(postedForm(page())).toBeUndefined();
	});

	it("sends back the version the editor saw as the If-Match", () => {
		const form = new FormData();
		form.set("version", "3");
		expect(ifMatchSeen(form, "mtg-1")).toBe('"mtg-1:v3"');
	});
});
