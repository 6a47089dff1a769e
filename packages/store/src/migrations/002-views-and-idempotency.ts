import { forBoth, type SqlMigration } from "./sql.js";

/** Daily view counts for Most Popular, and stored responses for Idempotency-Key replays. */
export const viewsAndIdempotencyMigration: SqlMigration = {
	name: "002-views-and-idempotency",
	...forBoth([
		`create table article_views (
			article_id $key not null references articles (id) on delete cascade,
			day text not null,
			count integer not null check (count >= 0),
			primary key (article_id, day)
		)`,
		"create index article_views_day on article_views (day, article_id)",
		`create table idempotency_responses (
			principal $key not null,
			key $key not null,
			request_hash text not null,
			status integer not null check (status between 100 and 599),
			headers text not null,
			body text not null,
			created_at text not null,
			primary key (principal, key)
		)`,
	]),
};
