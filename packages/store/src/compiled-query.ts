import { type Compilable, type CompiledQuery, type RawBuilder, sql } from "kysely";
import type { StoreContext } from "./context.js";
import { DEFAULT_LIMIT } from "./pagination.js";

/** Stands in for a run-time value while a query is built and compiled once. */
class Slot {
	constructor(readonly name: string) {}
}

/** Puts a slot where a run-time value goes: `where("slug", "=", slot("slug"))`; only where the value is given. */
export type SlotOf<P> = <K extends keyof P & string>(name: K) => NonNullable<P[K]>;

/** SQL texts of compiled reads, each with a statement name for PostgreSQL. */
const statementNames = new Map<string, string>();

/** The name under which a PostgreSQL connection prepares `sql`, when `sql` is a compiled read's. */
export function statementName(sql: string): string | undefined {
	return statementNames.get(sql);
}

interface Compiled {
	query: CompiledQuery;
	slots: (string | undefined)[];
}

function compile(query: Compilable<unknown>): Compiled {
	const compiled = query.compile();
	if (!statementNames.has(compiled.sql)) statementNames.set(compiled.sql, `sidelines_${statementNames.size}`);
	return {
		query: compiled,
		slots: compiled.parameters.map((parameter) => (parameter instanceof Slot ? parameter.name : undefined)),
	};
}

async function run<R>(context: StoreContext, { query, slots }: Compiled, values: Record<string, unknown>) {
	const parameters = slots.map((name, index) =>
		name === undefined ? query.parameters[index] : values[name],
	);
	const { db, read } = context;
	// Outside a transaction the driver runs the SQL directly: Kysely's executor costs as much as a small read.
	if (read !== undefined && !db.isTransaction) return (await read(query.sql, parameters)) as R[];
	return (await db.executeQuery<R>({ ...query, parameters } as CompiledQuery<R>)).rows;
}

const slot = (name: string) => new Slot(name) as never;

/**
 * A read built and compiled once per engine, with a slot where each run-time value goes; a run only fills
 * the slots. Building and compiling a query with Kysely costs about as much as a small indexed read; an
 * unchanging SQL text also lets SQLite reuse its prepared statement and PostgreSQL a named one.
 * @example
 * const bySlug = compiledRead<{ slug: string }, { doc: string }>(({ db }, slot) =>
 *   db.selectFrom("articles").select("doc").where("slug", "=", slot("slug")));
 * const rows = await bySlug.run(context, { slug: "matera-talks" });
 */
export function compiledRead<P extends Record<string, unknown>, R>(
	build: (context: StoreContext, slot: SlotOf<P>) => Compilable<R>,
) {
	const byDialect = new Map<string, Compiled>();
	return {
		/** Runs on `context.db`, which may be a transaction. */
		run(context: StoreContext, values: P): Promise<R[]> {
			let compiled = byDialect.get(context.dialect);
			if (!compiled) {
				compiled = compile(build(context, slot));
				byDialect.set(context.dialect, compiled);
			}
			return run<R>(context, compiled, values);
		},
	};
}

/**
 * Like {@link compiledRead} for a query whose shape depends on the request (which filters it has): each
 * shape is compiled the first time it is asked for. `build` may look at the request only to choose the
 * shape (what `shapeOf` names); every value goes through a slot.
 */
export function compiledReads<F, P extends Record<string, unknown>, R>(
	shapeOf: (request: F) => string,
	build: (context: StoreContext, slot: SlotOf<P>, request: F) => Compilable<R>,
) {
	const byShape = new Map<string, Compiled>();
	return {
		run(context: StoreContext, request: F, values: P): Promise<R[]> {
			const key = `${context.dialect} ${shapeOf(request)}`;
			let compiled = byShape.get(key);
			if (!compiled) {
				compiled = compile(build(context, slot, request));
				byShape.set(key, compiled);
			}
			return run<R>(context, compiled, values);
		},
	};
}

/** Whether `limit` (as the caller gave it, before {@link pageLimit}) asks for the usual page size: part of a shape key. */
export const usualPage = (limit: number | undefined): boolean =>
	limit === undefined || limit === DEFAULT_LIMIT;

/**
 * The LIMIT of a page query that fetches one row more than the page: a literal for the usual page, else the
 * `limit` slot. SQLite runs `LIMIT 21` faster than `LIMIT ?` (a diplomat's meetings at 20,000 meetings:
 * about 40 of 200 µs of CPU), so the usual page is a shape of its own (see {@link usualPage}).
 */
export function pageRows(
	limit: number | undefined,
	slot: SlotOf<{ limit: number }>,
): RawBuilder<number> | number {
	return usualPage(limit) ? sql.lit(DEFAULT_LIMIT + 1) : slot("limit");
}
