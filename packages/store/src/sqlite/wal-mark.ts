import { closeSync, openSync, readSync } from "node:fs";

/** The WAL-index header: its first copy is the first 48 bytes of the `-shm` file (sqlite.org/walformat.html). */
const HEADER_BYTES = 48;

/** Reads a mark of a WAL-mode database's last commit (undefined when the read fails); `close` lets go of the file. */
export interface WalMark {
	read(): string | undefined;
	close(): void;
}

/**
 * Marks a WAL-mode SQLite database's last commit without a query. Every commit, by any connection in any
 * process, rewrites the WAL-index header at the start of the `-shm` file (its change counter, last frame,
 * salts and running checksum), and readers take their snapshot from it; so two equal reads mean no commit
 * came between them. One 48-byte read costs about a microsecond where a query costs 5 to 15 µs, most of it
 * taking and dropping the read lock. A read that meets a commit halfway sees bytes of neither header: it
 * differs from both, so at worst the caller asks the database once more. Undefined when there is no `-shm`
 * file to read (an in-memory database); then, and when a read fails, the caller asks the database.
 * Read it only while a connection to the database is open: the last one to close may remove the file.
 */
export function walMark(databasePath: string): WalMark | undefined {
	let file: number;
	try {
		file = openSync(`${databasePath}-shm`, "r");
	} catch {
		return undefined;
	}
	const header = Buffer.alloc(HEADER_BYTES);
	return {
		read() {
			try {
				// A short read would leave the last header's bytes in the buffer: no mark then, not a stale one.
				if (readSync(file, header, 0, HEADER_BYTES, 0) !== HEADER_BYTES) return undefined;
			} catch {
				return undefined;
			}
			return header.toString("latin1");
		},
		close: () => closeSync(file),
	};
}
