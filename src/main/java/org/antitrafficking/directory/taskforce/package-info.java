/**
 * Task forces: the list with its function filter, each one's page and API. Nothing here
 * is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.taskforce;

import org.jspecify.annotations.NullMarked;
