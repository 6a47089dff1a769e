import { createApp } from "@sidelines/api";
import { importPage } from "@sidelines/ingest";
import type { SqlStore, Store } from "@sidelines/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf } from "./support/api.js";
import { DATABASES, openTestStore } from "./support/databases.js";
import { newOccasion } from "./support/records.js";
import { loadD1FromExport, startWorker } from "./support/worker.js";

/**
 * A store whose next Idempotency-Key record fails as it is written, after the write's own statements
 * ran in the same transaction (a NULL status breaks a NOT NULL column): the moment a crash between the
 * write and its record used to leave the write stored and the key free, so a retry wrote twice.
 */
function failingRecordOnce(store: SqlStore): { store: Store; failed: () => boolean } {
	let armed = true;
	const bind = (tx: Store): Store => ({
		...tx,
		idempotency: {
			get: (principal, key) => tx.idempotency.get(principal, key),
			put: (response) => {
				if (!armed) return tx.idempotency.put(response);
				armed = false;
				return tx.idempotency.put({ ...response, status: null as unknown as number });
			},
		},
		transaction: (work) => tx.transaction((inner) => work(bind(inner))),
	});
	return { store: bind(store), failed: () => !armed };
}

const ENGINES = [...DATABASES, "d1"] as const;

describe.each(ENGINES)("an Idempotency-Key record commits with its write on %s", (engine) => {
	let store: SqlStore;
	let dispose: () => Promise<void>;
	beforeAll(async () => {
		if (engine === "d1") {
			const worker = await startWorker((database) => loadD1FromExport(database));
			store = worker.store;
			dispose = () => worker.dispose();
		} else {
			({ store, dispose } = await openTestStore(engine));
		}
	}, 120_000);
	afterAll(async () => dispose?.());

	it("a failure after the write rolls back both, and the retry writes exactly once", async () => {
		const failing = failingRecordOnce(store);
		const logged: unknown[] = [];
		const app = createApp({ store: failing.store, importer: importPage, log: (error) => logged.push(error) });
		const { token, key } = await store.apiKeys.create({ name: "retrying desk", scopes: ["write"] });
		const occasion = newOccasion();
		const post = () =>
			app.request("/v1/occasions", {
				method: "POST",
				headers: {
					authorization: `Bearer ${token}`,
					"content-type": "application/json",
					"idempotency-key": `retry-${occasion.slug}`,
				},
				body: JSON.stringify(occasion),
			});

		const failed = await post();
		expect(failing.failed()).toBe(true);
		expect(failed.status).toBe(500);
		expect(logged).toHaveLength(1);
		expect(await store.occasions.getBySlug(occasion.slug)).toBeUndefined();
		expect(await store.idempotency.get(key.id, `retry-${occasion.slug}`)).toBeUndefined();

		const retried = await post();
		expect(retried.status).toBe(201);
		expect(retried.headers.get("idempotent-replayed")).toBeNull();
		const created = await jsonOf(retried);
		expect(await store.occasions.getBySlug(occasion.slug)).toEqual(created);

		const replayed = await post();
		expect(replayed.status).toBe(201);
		expect(replayed.headers.get("idempotent-replayed")).toBe("true");
		expect(await jsonOf(replayed)).toEqual(created);
		expect((await store.idempotency.get(key.id, `retry-${occasion.slug}`))?.status).toBe(201);
	}, 60_000);
});
