/**
 * Search across every record: the page, the API and spelling correction. Nothing here is
 * null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.search;

import org.jspecify.annotations.NullMarked;
