/**
 * Reads every table in one transaction and assembles a snapshot. Nothing here is null
 * unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.readmodel.load;

import org.jspecify.annotations.NullMarked;
