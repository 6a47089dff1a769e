import { randomBytes } from "node:crypto";
import type { StoreContext } from "../context.js";
import { ConflictError, NotFoundError, VersionConflictError } from "../errors.js";
import type { UsersTable } from "../schema.js";
import type { User, UserRepository, UserRole } from "../types.js";
import { write } from "../writes/write.js";
import { decoyHash, hashPassword, passwordMatches } from "./passwords.js";

/** How long a password may be: long enough to resist guessing, short enough that hashing it is bounded. */
export const PASSWORD_LENGTH = { min: 12, max: 1024 } as const;

/**
 * Whether text is usable as a sign-in email: one `@` with text on both sides, no spaces, at most 254 characters.
 * @example isEmailAddress("desk@example.org"); // true
 */
export function isEmailAddress(text: string): boolean {
	return text.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(text);
}

/** Emails are one account whatever their case. */
const emailKey = (email: string) => email.trim().toLowerCase();

/** Reads a user back from its row (never the password hash). */
export function userFromRow(row: UsersTable): User {
	return {
		id: row.id,
		version: row.version,
		email: row.email,
		name: row.name,
		role: row.role as UserRole,
		createdAt: row.created_at,
		disabledAt: row.disabled_at,
	};
}

/** Desk users with scrypt password hashes. */
export function createUserRepository(context: StoreContext): UserRepository {
	const { db } = context;
	const byId = (id: string) => db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
	return {
		async create({ email, name, role, password }, at = new Date()) {
			const row: UsersTable = {
				id: `usr_${randomBytes(9).toString("base64url")}`,
				version: 1,
				email: email.trim(),
				email_key: emailKey(email),
				name: name.trim(),
				role,
				password_hash: await hashPassword(password),
				created_at: at.toISOString(),
				disabled_at: null,
			};
			await write(context, async (plan) => {
				const taken = await plan.db
					.selectFrom("users")
					.select("id")
					.where("email_key", "=", row.email_key)
					.executeTakeFirst();
				if (taken) throw new ConflictError("another user already has this email");
				// A user created since the read breaks the unique key: ConflictError too.
				plan.run(plan.db.insertInto("users").values(row));
			});
			return userFromRow(row);
		},
		async get(id) {
			const row = await byId(id);
			return row ? userFromRow(row) : undefined;
		},
		async list() {
			const rows = await db.selectFrom("users").selectAll().orderBy("email_key").execute();
			return rows.map(userFromRow);
		},
		async update(id, patch, expectedVersion, at = new Date()) {
			const passwordHash = patch.password === undefined ? undefined : await hashPassword(patch.password);
			return write(context, async (plan) => {
				const row = await plan.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
				if (!row) throw new NotFoundError("user", id);
				if (row.version !== expectedVersion)
					throw new VersionConflictError("user", id, expectedVersion, row.version);
				const next: UsersTable = {
					...row,
					version: row.version + 1,
					name: patch.name?.trim() ?? row.name,
					role: patch.role ?? row.role,
					password_hash: passwordHash ?? row.password_hash,
					disabled_at:
						patch.disabled === undefined
							? row.disabled_at
							: patch.disabled
								? (row.disabled_at ?? at.toISOString())
								: null,
				};
				plan.run(
					plan.db
						.updateTable("users")
						.set({
							version: next.version,
							name: next.name,
							role: next.role,
							password_hash: next.password_hash,
							disabled_at: next.disabled_at,
						})
						.where("id", "=", id)
						.where("version", "=", expectedVersion),
					{
						changes: 1,
						async explain(db) {
							const current = await db
								.selectFrom("users")
								.select("version")
								.where("id", "=", id)
								.executeTakeFirst();
							if (!current) return new NotFoundError("user", id);
							return new VersionConflictError("user", id, expectedVersion, current.version);
						},
					},
				);
				return userFromRow(next);
			});
		},
		async authenticate(email, password) {
			const row = await db
				.selectFrom("users")
				.selectAll()
				.where("email_key", "=", emailKey(email))
				.executeTakeFirst();
			const matches = await passwordMatches(password, row?.password_hash ?? (await decoyHash()));
			if (!row || !matches || row.disabled_at !== null) return undefined;
			return userFromRow(row);
		},
	};
}
