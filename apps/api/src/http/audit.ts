import type { Actor, AuditEventInput, Store } from "@sidelines/store";
import type { Context } from "hono";
import type { AppEnv } from "./types.js";

/**
 * Who made the decision a write records in the audit trail: the signed-in user or the API key. Write
 * routes run after authentication, so there always is one.
 */
function actorOf(c: Context<AppEnv>): Actor {
	const principal = c.get("principal");
	if (!principal) throw new Error("a write route ran without authentication");
	return { kind: principal.kind, id: principal.id, label: principal.label };
}

type AuditEntry = Omit<AuditEventInput, "actor">;

/** What the audit trail says about a write, from its result (the actor comes from the request): one event or several. */
export type AuditOf<T> = (result: T) => AuditEntry | AuditEntry[];

/**
 * Runs a write and records its audit event in the same plan: one transaction on Node, one batch on D1, so
 * the decision and its record commit together or not at all.
 * @example const updated = await audited(c, store, (tx) => tx.meetings.setReview(id, "confirmed", 3), (after) => ({ action: "confirm", subject: { kind: "meeting", id }, before, after }));
 */
export function audited<T>(
	c: Context<AppEnv>,
	store: Store,
	work: (tx: Store) => Promise<T>,
	audit: AuditOf<T>,
) {
	return store.transaction(async (tx) => {
		const result = await work(tx);
		const actor = actorOf(c);
		for (const entry of [audit(result)].flat()) await tx.audit.record({ actor, ...entry });
		return result;
	});
}
