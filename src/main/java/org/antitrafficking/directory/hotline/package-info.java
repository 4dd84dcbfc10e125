/**
 * Hotlines: the list with its purpose filter and comparison, each line's page and API.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.hotline;

import org.jspecify.annotations.NullMarked;
