/**
 * Parley's database: the only package that speaks SQL.
 *
 * <p>{@link org.parley.store.ParleyStore} is the narrow door (open, import, load, stats, search);
 * {@link org.parley.store.StoreException} is the one failure type; {@link org.parley.store.DataPaths}
 * says where the database and log live by default. Everything else is package-private.
 *
 * <p>SQL lives in resources beside these classes: {@code migrations/} (schema changes, listed in
 * {@code migrations/index.txt} and tracked by {@code PRAGMA user_version}) and {@code sql/}
 * (named statements for writing and reading). Search never passes a person's text to FTS5: only its
 * word tokens, each quoted, all required, the last as a prefix; snippets mark matches with « and ».
 */
package org.parley.store;
