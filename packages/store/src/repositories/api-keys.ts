import { createHash, randomBytes } from "node:crypto";
import type { StoreContext } from "../context.js";
import { NotFoundError } from "../errors.js";
import type { ApiKeysTable } from "../schema.js";
import type { ApiKey, ApiKeyRepository, ApiKeyScope } from "../types.js";

/**
 * The stored form of an API key token: hex SHA-256. Tokens are 256 random bits, so a fast hash is enough.
 * @example await store.apiKeys.findByHash(hashApiKeyToken(bearerToken));
 */
export function hashApiKeyToken(token: string): string {
	return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Reads an API key back from its row. */
export function apiKeyFromRow(row: ApiKeysTable): ApiKey {
	return {
		id: row.id,
		name: row.name,
		scopes: JSON.parse(row.scopes) as ApiKeyScope[],
		hash: row.hash,
		createdAt: row.created_at,
		lastUsedAt: row.last_used_at,
		revokedAt: row.revoked_at,
	};
}

/** The row an API key is stored as. */
export function apiKeyToRow(key: ApiKey): ApiKeysTable {
	return {
		id: key.id,
		name: key.name,
		scopes: JSON.stringify(key.scopes),
		hash: key.hash,
		created_at: key.createdAt,
		last_used_at: key.lastUsedAt,
		revoked_at: key.revokedAt,
	};
}

/** API keys, stored as hashes only. */
export function createApiKeyRepository(context: StoreContext): ApiKeyRepository {
	const { db } = context;
	return {
		async create({ name, scopes }) {
			const token = `sl_${randomBytes(32).toString("base64url")}`;
			const key: ApiKey = {
				id: `key_${randomBytes(9).toString("base64url")}`,
				name,
				scopes: [...new Set(scopes)],
				hash: hashApiKeyToken(token),
				createdAt: new Date().toISOString(),
				lastUsedAt: null,
				revokedAt: null,
			};
			await db.insertInto("api_keys").values(apiKeyToRow(key)).execute();
			return { token, key };
		},
		async findByHash(hash) {
			const row = await db.selectFrom("api_keys").selectAll().where("hash", "=", hash).executeTakeFirst();
			return row ? apiKeyFromRow(row) : undefined;
		},
		async list() {
			return (await db.selectFrom("api_keys").selectAll().orderBy("created_at").orderBy("id").execute()).map(
				apiKeyFromRow,
			);
		},
		async revoke(id) {
			const result = await db
				.updateTable("api_keys")
				.set((eb) => ({ revoked_at: eb.fn.coalesce("revoked_at", eb.val(new Date().toISOString())) }))
				.where("id", "=", id)
				.executeTakeFirst();
			if (Number(result.numUpdatedRows) === 0) throw new NotFoundError("api key", id);
		},
		async touch(id, at = new Date()) {
			await db.updateTable("api_keys").set({ last_used_at: at.toISOString() }).where("id", "=", id).execute();
		},
	};
}
