/**
 * The write model: every kind of record an editor can change, as JPA entities with a
 * version for optimistic locking and Bean Validation that mirrors the database's domains
 * and checks, with a Spring Data repository per record kind. Flyway owns the schema;
 * Hibernate only validates that the entities agree with it. The public pages and the API
 * never use this package: they read the read model. Nothing here is null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.records;

import org.jspecify.annotations.NullMarked;
