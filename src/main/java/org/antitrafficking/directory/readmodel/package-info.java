/**
 * The directory in memory: the snapshot, its view records, closed value sets and domain
 * errors. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.readmodel;

import org.jspecify.annotations.NullMarked;
