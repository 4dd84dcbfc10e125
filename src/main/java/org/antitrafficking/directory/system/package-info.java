/**
 * The embedded PostgreSQL of development and the training run of deploy/start. Nothing
 * here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.system;

import org.jspecify.annotations.NullMarked;
