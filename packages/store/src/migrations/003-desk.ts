import { forBoth, type SqlMigration } from "./sql.js";

/** The desk's people, their sessions, and the audit trail of every decision. */
export const deskMigration: SqlMigration = {
	name: "003-desk",
	...forBoth([
		`create table users (
			id $key primary key,
			version integer not null check (version >= 1),
			email text not null,
			email_key $key not null unique,
			name text not null,
			role text not null check (role in ('editor', 'admin')),
			password_hash text not null,
			created_at text not null,
			disabled_at text
		)`,
		`create table sessions (
			id $key primary key,
			token_hash text not null unique check (length(token_hash) = 64),
			user_id $key not null references users (id) on delete cascade,
			created_at text not null,
			last_seen_at text not null,
			expires_at text not null,
			ended_at text
		)`,
		"create index sessions_user on sessions (user_id)",
		`create table audit_events (
			id $key primary key,
			at text not null,
			actor_kind text not null check (actor_kind in ('user', 'key')),
			actor_id $key not null,
			actor_label text not null,
			action text not null,
			subject_kind text not null check (subject_kind in ('article', 'meeting', 'diplomat', 'occasion', 'user')),
			subject_id $key not null,
			before text,
			after text,
			reason text
		)`,
		"create index audit_events_subject on audit_events (subject_kind, subject_id, at, id)",
	]),
};
