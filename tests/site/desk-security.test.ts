// Callbacks passed to page.evaluate run in Chromium, against the DOM.
/// <reference lib="dom" />
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { jsonOf } from "../api/support/api.js";
import { visibleText } from "./support/browser.js";
import { createEditor, signedIn } from "./support/desk.js";
import { editorOf } from "./support/editor.js";
import { siteAndBrowser } from "./support/site-and-browser.js";

const DESK_PAGES = [
	"/desk",
	"/desk/import",
	"/desk/articles",
	"/desk/diplomats",
	"/desk/diplomats.json?q=mo",
];

/** A page on another origin whose form posts to the desk as soon as it loads (a CSRF attempt). */
function hostileOrigin(target: string): Promise<{ url: string; server: Server }> {
	const html = `<!doctype html><title>Win a prize</title>
<form id="f" method="post" action="${target}"><input name="version" value="1"></form>
<script>document.getElementById("f").submit()</script>`;
	const server = createServer((_, response) => {
		response.writeHead(200, { "content-type": "text/html" });
		response.end(html);
	});
	return new Promise((resolve) =>
		server.listen(0, "127.0.0.2", () =>
			resolve({ url: `http://127.0.0.2:${(server.address() as AddressInfo).port}/`, server }),
		),
	);
}

describe("the desk keeps readers, other sites and ended sessions out", () => {
	// These checks fail to authenticate on purpose, more than the per-address allowance of five a
	// minute; the allowance itself is tested below on a site of its own.
	const limits = { authFailures: { limit: 1000, windowMs: 60_000 } };
	const running = siteAndBrowser({ api: { limits } });
	let authorization: string;
	beforeAll(async () => {
		const { site } = running;
		authorization = (await site.api.key(["write"])).authorization;
	});

	const proposal = async () => {
		const { items } = await jsonOf(
			await running.site.api.fetch("/v1/proposals?limit=1", { headers: { authorization } }),
		);
		if (!items[0]?.meeting) {
			const created = await editorOf(running.site).then((editor) =>
				editor.createMeeting({
					participants: [
						{ kind: "diplomat", diplomatId: "motegi-toshimitsu" },
						{ kind: "diplomat", diplomatId: "dominic-raab" },
					],
					date: { year: 2021, month: 5, day: 4, precision: "day" },
					review: "proposed",
				}),
			);
			return created.body as { id: string; version: number; review: string };
		}
		return items[0].meeting as { id: string; version: number; review: string };
	};
	const reviewOf = async (id: string) =>
		(await jsonOf(await running.site.api.fetch(`/v1/meetings/${id}`, { headers: { authorization } }))).review;

	it("sends a signed-out visitor to sign-in from every desk page, privately, with no desk data", async () => {
		const { site } = running;
		for (const path of DESK_PAGES) {
			const response = await site.fetch(path);
			expect(response.status, path).toBe(303);
			expect(response.headers.get("location"), path).toMatch(/^\/desk\/sign-in\?next=/);
			expect(response.headers.get("cache-control"), path).toBe("no-store, private");
			expect(response.headers.get("etag"), path).toBeNull();
		}
		const signIn = await site.fetch("/desk/sign-in");
		expect(signIn.status).toBe(200);
		expect(signIn.headers.get("cache-control")).toBe("no-store, private");
		const csp = signIn.headers.get("content-security-policy") ?? "";
		expect(csp).toContain("script-src 'self'");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).not.toContain("unsafe-inline");
		// A forged cookie is no way in either.
		const forged = await site.fetch("/desk", {
			headers: { cookie: "sidelines_desk=sls_forged-token-value" },
		});
		expect(forged.status).toBe(303);
	});

	it("answers desk API routes to anonymous callers with 401 and never caches them publicly", async () => {
		const { site } = running;
		const { id } = await proposal();
		for (const path of [
			"/v1/proposals",
			"/v1/sessions/current",
			`/v1/history?subject=meeting:${id}`,
			`/v1/meetings/${id}`,
			"/v1/meetings?review=proposed",
		]) {
			const response = await site.api.fetch(path);
			expect([401, 404], path).toContain(response.status);
			expect(await response.text(), path).not.toContain('"review":"proposed"');
		}
		// Public pages never set or read a desk cookie.
		const home = await site.fetch("/", { headers: { cookie: "sidelines_desk=sls_whatever" } });
		expect(home.headers.get("set-cookie")).toBeNull();
		expect(home.headers.get("cache-control")).toContain("public");
	});

	it("refuses a form posted from another origin with 403, and nothing changes", async () => {
		const { site, browser } = running;
		const editor = await createEditor(site);
		const { context, page } = await signedIn(browser, site, editor);
		const target = await proposal();
		const hostile = await hostileOrigin(`${site.url}/desk/meetings/${target.id}/confirm`);
		try {
			const refused = page.waitForResponse((response) => response.url().includes("/confirm"));
			await page.goto(hostile.url);
			expect((await refused).status()).toBe(403);
			expect(await reviewOf(target.id)).toBe("proposed");
			// The same post by hand with the editor's own cookie: another Origin, or none at all.
			const cookie = (await context.cookies()).find((c) => c.name === "sidelines_desk");
			expect(cookie?.httpOnly).toBe(true);
			expect(cookie?.sameSite).toBe("Strict");
			expect(cookie?.path).toBe("/desk");
			for (const origin of ["https://evil.example", undefined]) {
				const response = await site.fetch(`/desk/meetings/${target.id}/confirm`, {
					method: "POST",
					headers: {
						cookie: `sidelines_desk=${cookie?.value}`,
						"content-type": "application/x-www-form-urlencoded",
						...(origin ? { origin } : {}),
					},
					body: "version=1",
				});
				expect(response.status).toBe(403);
			}
			expect(await reviewOf(target.id)).toBe("proposed");
		} finally {
			hostile.server.close();
			await context.close();
		}
	});

	it("signing out ends the session: the old cookie and its token are useless", async () => {
		const { site, browser } = running;
		const editor = await createEditor(site);
		const { context, page } = await signedIn(browser, site, editor);
		const stolen = (await context.cookies()).find((c) => c.name === "sidelines_desk")?.value ?? "";
		expect(stolen).toMatch(/^sls_/);
		expect(
			(await site.api.fetch("/v1/sessions/current", { headers: { authorization: `Bearer ${stolen}` } }))
				.status,
		).toBe(200);
		await Promise.all([
			page.waitForURL("**/desk/sign-in?signed-out=1"),
			page.getByRole("button", { name: "Sign out" }).click(),
		]);
		expect(await visibleText(page.getByRole("status"))).toContain("signed out");
		expect((await context.cookies()).some((c) => c.name === "sidelines_desk")).toBe(false);
		const replayed = await site.fetch("/desk", { headers: { cookie: `sidelines_desk=${stolen}` } });
		expect(replayed.status).toBe(303);
		expect(replayed.headers.get("location")).toContain("/desk/sign-in");
		expect(
			(await site.api.fetch("/v1/sessions/current", { headers: { authorization: `Bearer ${stolen}` } }))
				.status,
		).toBe(401);
		expect(
			(await site.api.fetch("/v1/proposals", { headers: { authorization: `Bearer ${stolen}` } })).status,
		).toBe(401);
		await context.close();
	});

	it("renders hostile article text and evidence as inert text on every desk page", async () => {
		const { site, browser } = running;
		const payload =
			'<svg/onload=window.pwned=1> "><img src=x onerror=window.pwned=2// <script/x>window.pwned=3</script/x>';
		const writer = await editorOf(site);
		const { body: article } = await writer.createArticle({
			headline: `Hostile headline ${payload}`,
			standfirst: payload,
			section: "japan",
			tags: ["hostile"],
			publishedAt: "2025-03-15T09:00:00+01:00",
			zone: "Europe/Malta",
			hero: { credit: payload },
			body: [{ type: "paragraph", text: `Ministers met. ${payload} They talked.` }],
		});
		const start = "Ministers met. ".length;
		const { body: meeting } = await writer.createMeeting({
			participants: [
				{ kind: "diplomat", diplomatId: "motegi-toshimitsu" },
				{ kind: "diplomat", diplomatId: "luigi-di-maio" },
			],
			topics: [payload.slice(0, 100)],
			review: "proposed",
			sources: [{ articleId: article.id, evidence: [{ start, end: start + payload.length, text: payload }] }],
		});
		const editor = await createEditor(site);
		const { context, page } = await signedIn(browser, site, editor);
		const dialogs: string[] = [];
		page.on("dialog", (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		for (const path of [
			"/desk",
			`/desk/articles/${article.slug}`,
			`/desk/meetings/${meeting.id}`,
			"/desk/articles?status=draft",
		]) {
			await page.goto(path);
			expect(
				await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
				path,
			).toBeUndefined();
			const handlers = await page.evaluate(() =>
				Array.from(document.querySelectorAll("*")).flatMap((element) =>
					Array.from(element.attributes)
						.filter((attribute) => attribute.name.startsWith("on"))
						.map((attribute) => `${element.tagName} ${attribute.name}`),
				),
			);
			expect(handlers, path).toEqual([]);
			expect(await page.locator("img[src=x], svg[onload]").count(), path).toBe(0);
		}
		await page.goto("/desk");
		expect(await page.locator("mark").allTextContents()).toContain(payload);
		expect(dialogs).toEqual([]);
		await context.close();
	});

	it("lets only an administrator manage accounts, and the account made can sign in", async () => {
		const { site, browser } = running;
		const admin = await createEditor(site, { name: "Ada Admin", role: "admin" });
		const editor = await createEditor(site, { name: "Eli Editor" });
		const asEditor = await signedIn(browser, site, editor);
		expect((await asEditor.page.goto("/desk/users"))?.status()).toBe(403);
		expect(await asEditor.page.getByRole("link", { name: "Accounts" }).count()).toBe(0);
		const asAdmin = await signedIn(browser, site, admin);
		await asAdmin.page.getByRole("link", { name: "Accounts" }).click();
		await asAdmin.page.getByLabel("Name").fill("Nia New");
		await asAdmin.page.getByLabel("Email address").fill("nia@desk.example");
		await asAdmin.page.getByLabel(/Password/).fill("a passphrase for nia only");
		await Promise.all([
			asAdmin.page.waitForURL("**/desk/users?done=created"),
			asAdmin.page.getByRole("button", { name: "Create account" }).click(),
		]);
		expect(await visibleText(asAdmin.page.locator("table"))).toContain("nia@desk.example");
		const newcomer = await signedIn(browser, site, {
			email: "nia@desk.example",
			password: "a passphrase for nia only",
			name: "Nia New",
			role: "editor",
		});
		expect(await visibleText(newcomer.page.locator(".sign-out"))).toContain("Nia New");
		for (const open of [asEditor, asAdmin, newcomer]) await open.context.close();
	});
});

// Its own site: failed authentications anywhere from this address count towards the same limit.
describe("sign-in attempts are limited", () => {
	const running = siteAndBrowser();

	it("after five wrong passwords even the right one waits, and the form says so", async () => {
		const { site, browser } = running;
		const editor = await createEditor(site);
		const context = await browser.newContext({ baseURL: site.url });
		const page = await context.newPage();
		const attempt = async (password: string) => {
			await page.goto("/desk/sign-in");
			await page.getByLabel("Email address").fill(editor.email);
			await page.getByLabel("Password").fill(password);
			const [response] = await Promise.all([
				page.waitForResponse((r) => r.request().method() === "POST"),
				page.getByRole("button", { name: "Sign in" }).click(),
			]);
			return response.status();
		};
		const statuses: number[] = [];
		for (let i = 0; i < 6; i++) statuses.push(await attempt(`wrong password number ${i}`));
		expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
		expect(statuses[5]).toBe(429);
		expect(await attempt(editor.password)).toBe(429);
		expect(await visibleText(page.getByRole("alert"))).toMatch(/Too many sign-in attempts/);
		expect(page.url()).toContain("/desk/sign-in");
		await context.close();
	});
});

describe("a session ends by itself", () => {
	let skipped = 0;
	// The API's clock, moved forward by the test: sessions end after 12 idle hours.
	const running = siteAndBrowser({ api: { now: () => Date.now() + skipped } });

	it("after twelve idle hours the desk asks for sign-in again and drops the cookie", async () => {
		const { site, browser } = running;
		const editor = await createEditor(site);
		const { context, page } = await signedIn(browser, site, editor);
		skipped = 11 * 3_600_000;
		expect((await page.goto("/desk/articles"))?.url()).toContain("/desk/articles");
		skipped += 12 * 3_600_000 + 60_000;
		await page.goto("/desk/articles");
		expect(new URL(page.url()).pathname).toBe("/desk/sign-in");
		expect(new URL(page.url()).searchParams.get("next")).toBe("/desk/articles");
		expect(await visibleText(page.getByRole("status"))).toContain("Your session has ended");
		expect((await context.cookies()).some((cookie) => cookie.name === "sidelines_desk")).toBe(false);
		await page.getByLabel("Email address").fill(editor.email);
		await page.getByLabel("Password").fill(editor.password);
		await Promise.all([
			page.waitForURL("**/desk/articles"),
			page.getByRole("button", { name: "Sign in" }).click(),
		]);
		await context.close();
	});
});
