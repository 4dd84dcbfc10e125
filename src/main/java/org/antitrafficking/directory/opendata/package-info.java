/**
 * Open data: CSV exports, data.json and the site files. Nothing here is null unless
 * marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.opendata;

import org.jspecify.annotations.NullMarked;
