/**
 * Programs: the filtered list, each program's page and API. Nothing here is null unless
 * marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.program;

import org.jspecify.annotations.NullMarked;
