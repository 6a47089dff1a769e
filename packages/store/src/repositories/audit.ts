import { randomBytes } from "node:crypto";
import type { StoreContext } from "../context.js";
import { decodeCursor, pageLimit, toPage } from "../pagination.js";
import type { AuditEventsTable } from "../schema.js";
import type { AuditAction, AuditEvent, AuditRepository, AuditSubjectKind } from "../types.js";
import { write } from "../writes/write.js";

let sequence = 0;

/** Ids that sort in the order events were made by this process, even within one millisecond. */
function eventId(at: Date): string {
	sequence = (sequence + 1) % 36 ** 4;
	return `evt_${at.getTime().toString(36).padStart(9, "0")}${sequence.toString(36).padStart(4, "0")}${randomBytes(4).toString("hex")}`;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** Reads an audit event back from its row. */
function auditEventFromRow(row: AuditEventsTable): AuditEvent {
	return {
		id: row.id,
		at: row.at,
		actor: { kind: row.actor_kind as "user" | "key", id: row.actor_id, label: row.actor_label },
		action: row.action as AuditAction,
		subject: { kind: row.subject_kind as AuditSubjectKind, id: row.subject_id },
		before: row.before === null ? null : JSON.parse(row.before),
		after: row.after === null ? null : JSON.parse(row.after),
		reason: row.reason,
	};
}

/** The audit trail: one row per decision, written in the plan of the write it describes. */
export function createAuditRepository(context: StoreContext): AuditRepository {
	const { db } = context;
	return {
		async record(event, at = new Date()) {
			const row: AuditEventsTable = {
				id: eventId(at),
				at: at.toISOString(),
				actor_kind: event.actor.kind,
				actor_id: event.actor.id,
				actor_label: event.actor.label,
				action: event.action,
				subject_kind: event.subject.kind,
				subject_id: event.subject.id,
				before: json(event.before),
				after: json(event.after),
				reason: event.reason ?? null,
			};
			await write(context, async (plan) => plan.run(plan.db.insertInto("audit_events").values(row)));
			return auditEventFromRow(row);
		},
		async history(subject, page = {}) {
			const limit = pageLimit(page.limit);
			const after = decodeCursor(page.cursor, ["string", "string"] as const);
			let query = db
				.selectFrom("audit_events")
				.selectAll()
				.where("subject_kind", "=", subject.kind)
				.where("subject_id", "=", subject.id);
			if (after) query = query.where((eb) => eb(eb.refTuple("at", "id"), "<", eb.tuple(after[0], after[1])));
			const rows = await query
				.orderBy("at", "desc")
				.orderBy("id", "desc")
				.limit(limit + 1)
				.execute();
			return toPage(rows.map(auditEventFromRow), limit, (event) => [event.at, event.id]);
		},
	};
}
