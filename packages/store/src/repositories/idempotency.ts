import { asNumber, type StoreContext } from "../context.js";
import { ConflictError } from "../errors.js";
import type { IdempotencyResponsesTable } from "../schema.js";
import type { IdempotencyRepository, StoredIdempotentResponse } from "../types.js";

/** The row a stored response is kept as. */
export function idempotencyToRow(response: StoredIdempotentResponse): IdempotencyResponsesTable {
	return {
		principal: response.principal,
		key: response.key,
		request_hash: response.requestHash,
		status: response.status,
		headers: JSON.stringify(response.headers),
		body: response.body,
		created_at: response.createdAt,
	};
}

/** Reads a stored response back from its row. */
export function idempotencyFromRow(row: IdempotencyResponsesTable): StoredIdempotentResponse {
	return {
		key: row.key,
		principal: row.principal,
		requestHash: row.request_hash,
		status: asNumber(row.status),
		headers: JSON.parse(row.headers) as Record<string, string>,
		body: row.body,
		createdAt: row.created_at,
	};
}

/** Stored responses for Idempotency-Key replays; the first response stored for a key wins. */
export function createIdempotencyRepository(context: StoreContext): IdempotencyRepository {
	const { db } = context;
	return {
		async get(principal, key) {
			const row = await db
				.selectFrom("idempotency_responses")
				.selectAll()
				.where("principal", "=", principal)
				.where("key", "=", key)
				.executeTakeFirst();
			return row ? idempotencyFromRow(row) : undefined;
		},
		async put(response: StoredIdempotentResponse) {
			const insert = db
				.insertInto("idempotency_responses")
				.values(idempotencyToRow(response))
				.onConflict((conflict) => conflict.columns(["principal", "key"]).doNothing());
			if (context.plan) {
				// Inside store.transaction: the record commits with the write (one transaction, one D1 batch),
				// and a key another request stored first aborts both.
				context.plan.run(insert, {
					changes: 1,
					explain: async () =>
						new ConflictError("another request with this Idempotency-Key was stored first; replay it"),
				});
				return true;
			}
			const result = await insert.executeTakeFirst();
			return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
		},
	};
}
