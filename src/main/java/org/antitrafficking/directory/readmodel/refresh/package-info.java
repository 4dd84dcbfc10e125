/**
 * Follows the data version and swaps in a new snapshot when it moves. Nothing here is
 * null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.readmodel.refresh;

import org.jspecify.annotations.NullMarked;
