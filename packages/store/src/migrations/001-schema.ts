import { forBoth, type SqlMigration } from "./sql.js";

const common = forBoth([
	`create table sections (
		slug $key primary key,
		name text not null,
		parent $key references sections (slug)
	)`,
	`create table occasions (
		id $key primary key,
		version integer not null check (version >= 1),
		slug $key not null unique,
		start_day text not null,
		doc text not null
	)`,
	"create index occasions_start on occasions (start_day, id)",
	`create table diplomats (
		id $key primary key,
		version integer not null check (version >= 1),
		country text not null check (length(country) = 2),
		sort_name $key not null,
		doc text not null
	)`,
	"create index diplomats_sort on diplomats (sort_name, id)",
	"create index diplomats_country on diplomats (country, sort_name, id)",
	`create table diplomat_names (
		diplomat_id $key not null references diplomats (id) on delete cascade,
		form $key not null,
		primary key (diplomat_id, form)
	)`,
	"create index diplomat_names_form on diplomat_names (form)",
	`create table counters (
		name $key primary key,
		value integer not null
	)`,
	"insert into counters (name, value) values ('article_serial', 0)",
	`create table articles (
		id $key primary key,
		version integer not null check (version >= 1),
		serial integer not null unique check (serial >= 0),
		short_code $key not null unique,
		slug $key not null unique,
		section $key not null references sections (slug),
		status text not null check (status in ('draft', 'published')),
		published_at $key not null,
		headline text not null,
		standfirst text,
		body_text text not null,
		doc text not null
	)`,
	"create index articles_published on articles (published_at, id)",
	"create index articles_section on articles (section, published_at, id)",
	"create index articles_status on articles (status, published_at, id)",
	`create table article_tags (
		article_id $key not null references articles (id) on delete cascade,
		tag $key not null,
		primary key (article_id, tag)
	)`,
	"create index article_tags_tag on article_tags (tag, article_id)",
	`create table article_mentions (
		article_id $key not null references articles (id) on delete cascade,
		kind text not null check (kind in ('diplomat', 'meeting')),
		target_id $key not null,
		primary key (article_id, kind, target_id)
	)`,
	"create index article_mentions_target on article_mentions (kind, target_id, article_id)",
	`create table meetings (
		id $key primary key,
		version integer not null check (version >= 1),
		party_set_key $key not null,
		date_start text,
		date_end text,
		date_sort $key not null,
		format text not null check (format in ('in_person', 'phone', 'video', 'hybrid', 'unknown')),
		status text not null check (status in ('held', 'planned', 'cancelled')),
		review text not null check (review in ('proposed', 'confirmed', 'rejected')),
		occasion_id $key references occasions (id),
		doc text not null,
		check ((date_start is null) = (date_end is null))
	)`,
	"create index meetings_party_set on meetings (party_set_key)",
	"create index meetings_review_date on meetings (review, date_sort, id)",
	"create index meetings_occasion on meetings (occasion_id)",
	"create index meetings_format on meetings (format, date_sort, id)",
	"create index meetings_status on meetings (status, date_sort, id)",
	"create index meetings_dates on meetings (date_start, date_end)",
	`create table meeting_participants (
		meeting_id $key not null references meetings (id) on delete cascade,
		party_key $key not null,
		diplomat_id $key references diplomats (id),
		country text not null,
		primary key (meeting_id, party_key)
	)`,
	"create index meeting_participants_diplomat on meeting_participants (diplomat_id, meeting_id)",
	"create index meeting_participants_country on meeting_participants (country, meeting_id)",
	`create table api_keys (
		id $key primary key,
		name text not null,
		scopes text not null,
		hash text not null unique check (length(hash) = 64),
		created_at text not null,
		last_used_at text,
		revoked_at text
	)`,
]);

/** The records, their join tables and full-text search. */
export const schemaMigration: SqlMigration = {
	name: "001-schema",
	sqlite: [
		...common.sqlite,
		// A regular (not external-content) FTS5 table keyed by the article's serial, kept in step by triggers.
		"create virtual table articles_fts using fts5 (headline, standfirst, body_text, tokenize = 'porter unicode61 remove_diacritics 2')",
		`create trigger articles_fts_insert after insert on articles begin
			insert into articles_fts (rowid, headline, standfirst, body_text) values (new.serial, new.headline, coalesce(new.standfirst, ''), new.body_text);
		end`,
		`create trigger articles_fts_delete after delete on articles begin
			delete from articles_fts where rowid = old.serial;
		end`,
		`create trigger articles_fts_update after update of headline, standfirst, body_text on articles begin
			delete from articles_fts where rowid = old.serial;
			insert into articles_fts (rowid, headline, standfirst, body_text) values (new.serial, new.headline, coalesce(new.standfirst, ''), new.body_text);
		end`,
	],
	postgres: [
		...common.postgres,
		`alter table articles add column search tsvector generated always as (
			setweight(to_tsvector('english', headline), 'A') ||
			setweight(to_tsvector('english', coalesce(standfirst, '')), 'B') ||
			setweight(to_tsvector('english', body_text), 'D')
		) stored`,
		"create index articles_search on articles using gin (search)",
	],
};
