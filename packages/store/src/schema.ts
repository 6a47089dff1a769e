/*
 * The tables as Kysely sees them. Nested parts of a record (body blocks, names, offices, participants)
 * live in the `doc` JSON text column; everything a filter, sort or uniqueness rule touches is a real column
 * or a join table. Text keys use the "C" collation on PostgreSQL so both engines order them the same way.
 */

interface SectionsTable {
	slug: string;
	name: string;
	parent: string | null;
}

export interface OccasionsTable {
	id: string;
	version: number;
	slug: string;
	start_day: string;
	doc: string;
}

export interface DiplomatsTable {
	id: string;
	version: number;
	country: string;
	/** Folded family name then given name: the list order. */
	sort_name: string;
	doc: string;
}

export interface DiplomatNamesTable {
	diplomat_id: string;
	/** A folded name form, or one word of one. */
	form: string;
}

export interface ArticlesTable {
	id: string;
	version: number;
	serial: number;
	short_code: string;
	slug: string;
	section: string;
	status: string;
	/** publishedAt in UTC (`toISOString`), so that offsets sort correctly. */
	published_at: string;
	headline: string;
	standfirst: string | null;
	body_text: string;
	doc: string;
}

export interface ArticleTagsTable {
	article_id: string;
	tag: string;
	/** The article's `published_at`, so a tag's articles are read newest first from its index. */
	published_at: string;
}

export interface ArticleMentionsTable {
	article_id: string;
	kind: "diplomat" | "meeting";
	target_id: string;
}

interface ArticleViewsTable {
	article_id: string;
	day: string;
	count: number;
}

export interface MeetingsTable {
	id: string;
	version: number;
	party_set_key: string;
	date_start: string | null;
	date_end: string | null;
	/** date_start, or "" when undated: sorting descending puts undated meetings last on both engines. */
	date_sort: string;
	format: string;
	status: string;
	review: string;
	occasion_id: string | null;
	doc: string;
}

export interface MeetingParticipantsTable {
	meeting_id: string;
	party_key: string;
	diplomat_id: string | null;
	country: string;
	/** The meeting's `review`, `format` and `date_sort`, so a country's meetings are read newest first from its index. */
	review: string;
	format: string;
	date_sort: string;
}

interface CountersTable {
	name: string;
	value: number;
}

export interface ApiKeysTable {
	id: string;
	name: string;
	scopes: string;
	hash: string;
	created_at: string;
	last_used_at: string | null;
	revoked_at: string | null;
}

export interface IdempotencyResponsesTable {
	principal: string;
	key: string;
	request_hash: string;
	status: number;
	headers: string;
	body: string;
	created_at: string;
}

export interface UsersTable {
	id: string;
	version: number;
	email: string;
	/** The email lowercased: unique, so two accounts never differ only in case. */
	email_key: string;
	name: string;
	role: string;
	password_hash: string;
	created_at: string;
	disabled_at: string | null;
}

export interface SessionsTable {
	id: string;
	/** Hex SHA-256 of the token; the token itself is never stored. */
	token_hash: string;
	user_id: string;
	created_at: string;
	last_seen_at: string;
	/** The absolute end (sign-in plus the longest a session lasts); the idle end follows last_seen_at. */
	expires_at: string;
	ended_at: string | null;
}

export interface AuditEventsTable {
	id: string;
	at: string;
	actor_kind: string;
	actor_id: string;
	actor_label: string;
	action: string;
	subject_kind: string;
	subject_id: string;
	/** JSON of the record before and after, or null. */
	before: string | null;
	after: string | null;
	reason: string | null;
}

/** Every table of the store. */
export interface Schema {
	sections: SectionsTable;
	occasions: OccasionsTable;
	diplomats: DiplomatsTable;
	diplomat_names: DiplomatNamesTable;
	articles: ArticlesTable;
	article_tags: ArticleTagsTable;
	article_mentions: ArticleMentionsTable;
	article_views: ArticleViewsTable;
	meetings: MeetingsTable;
	meeting_participants: MeetingParticipantsTable;
	counters: CountersTable;
	api_keys: ApiKeysTable;
	idempotency_responses: IdempotencyResponsesTable;
	users: UsersTable;
	sessions: SessionsTable;
	audit_events: AuditEventsTable;
}
