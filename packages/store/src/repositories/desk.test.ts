import { beforeEach, describe, expect, it } from "vitest";
import { engines } from "../../test/engines.js";
import type { SqlStore } from "../create-store.js";
import { ConflictError, VersionConflictError } from "../errors.js";
import { hashPassword, passwordMatches } from "./passwords.js";

const POLICY = { idleMs: 12 * 3_600_000, absoluteMs: 7 * 24 * 3_600_000 };
const START = new Date("2026-03-01T09:00:00.000Z");
const after = (ms: number) => new Date(START.getTime() + ms);
const PASSWORD = "a long enough desk password";

describe("password hashes", () => {
	it("carry scrypt, the cost and a per-hash salt, and match only the password", async () => {
		const one = await hashPassword(PASSWORD);
		const two = await hashPassword(PASSWORD);
		expect(one).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
		expect(one).not.toBe(two);
		expect(await passwordMatches(PASSWORD, one)).toBe(true);
		expect(await passwordMatches(`${PASSWORD}!`, one)).toBe(false);
		expect(await passwordMatches(PASSWORD, "bcrypt$whatever")).toBe(false);
	});

	it("check hashes made with another cost", async () => {
		const cheap = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
		expect(cheap.startsWith("scrypt$1024$8$1$")).toBe(true);
		expect(await passwordMatches(PASSWORD, cheap)).toBe(true);
	});
});

describe.each(engines)("desk users, sessions and audit on $name", (engine) => {
	let store: SqlStore;
	beforeEach(async () => {
		store = await engine.open({ demo: false });
	});

	it("keeps one account per email whatever its case, and never returns the hash", async () => {
		const user = await store.users.create({
			email: "Desk@Example.org",
			name: "Ana Desk",
			role: "editor",
			password: PASSWORD,
		});
		expect(user).toEqual({
			id: expect.stringMatching(/^usr_/),
			version: 1,
			email: "Desk@Example.org",
			name: "Ana Desk",
			role: "editor",
			createdAt: expect.any(String),
			disabledAt: null,
		});
		await expect(
			store.users.create({ email: "desk@example.ORG", name: "Other", role: "admin", password: PASSWORD }),
		).rejects.toThrow(ConflictError);
		expect(await store.users.list()).toEqual([user]);
		expect(await store.users.authenticate("DESK@example.org", PASSWORD)).toEqual(user);
		expect(await store.users.authenticate("desk@example.org", "wrong password!!")).toBeUndefined();
		expect(await store.users.authenticate("nobody@example.org", PASSWORD)).toBeUndefined();
	});

	it("updates role and disabled state against a version; a disabled user cannot sign in", async () => {
		const user = await store.users.create({
			email: "e@example.org",
			name: "E",
			role: "editor",
			password: PASSWORD,
		});
		const admin = await store.users.update(user.id, { role: "admin" }, 1);
		expect(admin).toMatchObject({ version: 2, role: "admin", disabledAt: null });
		await expect(store.users.update(user.id, { disabled: true }, 1)).rejects.toThrow(VersionConflictError);
		const disabled = await store.users.update(user.id, { disabled: true }, 2, START);
		expect(disabled.disabledAt).toBe(START.toISOString());
		expect(await store.users.authenticate("e@example.org", PASSWORD)).toBeUndefined();
		await store.users.update(user.id, { disabled: false, password: "another long password" }, 3);
		expect(await store.users.authenticate("e@example.org", PASSWORD)).toBeUndefined();
		expect(await store.users.authenticate("e@example.org", "another long password")).toMatchObject({
			id: user.id,
		});
	});

	it("resumes sessions until they end, idle out or reach their absolute end", async () => {
		const user = await store.users.create({
			email: "s@example.org",
			name: "S",
			role: "editor",
			password: PASSWORD,
		});
		const { token, session } = await store.sessions.start(user.id, POLICY, START);
		expect(token).toMatch(/^sls_[A-Za-z0-9_-]{43}$/);
		expect(session.expiresAt).toBe(after(POLICY.idleMs).toISOString());
		const stored = await store.kysely.selectFrom("sessions").select("token_hash").execute();
		expect(stored.map((row) => row.token_hash)).not.toContain(token);

		expect((await store.sessions.resume(token, POLICY, after(11 * 3_600_000)))?.user.id).toBe(user.id);
		// Each request moves the idle end on, but never past the absolute end.
		let at = 11 * 3_600_000;
		while (at + 11 * 3_600_000 < POLICY.absoluteMs) {
			at += 11 * 3_600_000;
			expect(await store.sessions.resume(token, POLICY, after(at))).toBeDefined();
		}
		expect(await store.sessions.resume(token, POLICY, after(POLICY.absoluteMs))).toBeUndefined();

		const second = await store.sessions.start(user.id, POLICY, START);
		expect(await store.sessions.resume(second.token, POLICY, after(POLICY.idleMs + 1))).toBeUndefined();

		const third = await store.sessions.start(user.id, POLICY, START);
		expect(await store.sessions.end(third.token, START)).toBe(true);
		expect(await store.sessions.end(third.token, START)).toBe(false);
		expect(await store.sessions.resume(third.token, POLICY, START)).toBeUndefined();
		expect(await store.sessions.resume("sls_unknown", POLICY, START)).toBeUndefined();
	});

	it("records audit events and lists a record's history newest first, page by page", async () => {
		const actor = { kind: "user" as const, id: "usr_1", label: "Ana Desk <desk@example.org>" };
		const subject = { kind: "meeting" as const, id: "mtg-1" };
		await store.audit.record(
			{ actor, action: "confirm", subject, before: { review: "proposed" }, after: { review: "confirmed" } },
			START,
		);
		await store.audit.record({ actor, action: "reject", subject, reason: "duplicate report" }, START);
		await store.audit.record({ actor, action: "edit", subject: { kind: "meeting", id: "mtg-2" } }, after(1));
		const first = await store.audit.history(subject, { limit: 1 });
		expect(first.items).toEqual([
			{
				id: expect.stringMatching(/^evt_/),
				at: START.toISOString(),
				actor,
				action: "reject",
				subject,
				before: null,
				after: null,
				reason: "duplicate report",
			},
		]);
		const second = await store.audit.history(subject, { cursor: first.nextCursor ?? undefined });
		expect(second.items.map((event) => [event.action, event.before, event.after])).toEqual([
			["confirm", { review: "proposed" }, { review: "confirmed" }],
		]);
		expect(second.nextCursor).toBeNull();
	});

	it("commits an audit event with the write it describes, or neither", async () => {
		const actor = { kind: "key" as const, id: "key_1", label: "importer" };
		await expect(
			store.transaction(async (tx) => {
				await tx.users.create({ email: "t@example.org", name: "T", role: "editor", password: PASSWORD });
				await tx.audit.record({ actor, action: "user-create", subject: { kind: "user", id: "x" } });
				await tx.users.create({
					email: "T@example.org",
					name: "T again",
					role: "editor",
					password: PASSWORD,
				});
			}),
		).rejects.toThrow(ConflictError);
		expect(await store.users.list()).toEqual([]);
		expect((await store.audit.history({ kind: "user", id: "x" })).items).toEqual([]);
	});
});
