import { randomBytes } from "node:crypto";
import type { StoreContext } from "../context.js";
import type { SessionsTable } from "../schema.js";
import type { Session, SessionPolicy, SessionRepository } from "../types.js";
import { hashApiKeyToken } from "./api-keys.js";
import { userFromRow } from "./users.js";

/** Requests within this long of the last recorded one do not write (idle expiry is coarse by this much). */
const TOUCH_EVERY_MS = 60_000;

const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

function sessionFromRow(row: SessionsTable, policy: SessionPolicy): Session {
	return {
		id: row.id,
		userId: row.user_id,
		createdAt: row.created_at,
		lastSeenAt: row.last_seen_at,
		expiresAt: new Date(
			Math.min(Date.parse(row.last_seen_at) + policy.idleMs, Date.parse(row.expires_at)),
		).toISOString(),
	};
}

/** Desk sessions: opaque `sls_` tokens stored as SHA-256 hashes, with idle and absolute expiry. */
export function createSessionRepository(context: StoreContext): SessionRepository {
	const { db } = context;
	return {
		async start(userId, policy, at = new Date()) {
			const token = `sls_${randomBytes(32).toString("base64url")}`;
			const row: SessionsTable = {
				id: `ses_${randomBytes(9).toString("base64url")}`,
				token_hash: hashApiKeyToken(token),
				user_id: userId,
				created_at: at.toISOString(),
				last_seen_at: at.toISOString(),
				expires_at: later(at.toISOString(), policy.absoluteMs),
				ended_at: null,
			};
			await db.insertInto("sessions").values(row).execute();
			return { token, session: sessionFromRow(row, policy) };
		},
		async resume(token, policy, at = new Date()) {
			const found = await db
				.selectFrom("sessions")
				.innerJoin("users", "users.id", "sessions.user_id")
				.selectAll("sessions")
				.select([
					"users.version as user_version",
					"users.email",
					"users.email_key",
					"users.name",
					"users.role",
					"users.password_hash",
					"users.created_at as user_created_at",
					"users.disabled_at",
				])
				.where("sessions.token_hash", "=", hashApiKeyToken(token))
				.executeTakeFirst();
			if (!found || found.ended_at !== null || found.disabled_at !== null) return undefined;
			const now = at.toISOString();
			const session = sessionFromRow(found, policy);
			if (session.expiresAt <= now) return undefined;
			const user = userFromRow({
				...found,
				id: found.user_id,
				version: found.user_version,
				created_at: found.user_created_at,
			});
			if (at.getTime() - Date.parse(found.last_seen_at) < TOUCH_EVERY_MS) return { session, user };
			await db
				.updateTable("sessions")
				.set({ last_seen_at: now })
				.where("id", "=", found.id)
				.where("ended_at", "is", null)
				.execute();
			return { session: sessionFromRow({ ...found, last_seen_at: now }, policy), user };
		},
		async end(token, at = new Date()) {
			const result = await db
				.updateTable("sessions")
				.set({ ended_at: at.toISOString() })
				.where("token_hash", "=", hashApiKeyToken(token))
				.where("ended_at", "is", null)
				.executeTakeFirst();
			return Number(result.numUpdatedRows) > 0;
		},
	};
}
