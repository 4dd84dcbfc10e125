/**
 * Sources: the public documents every record cites, and the records citing each. Nothing
 * here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.source;

import org.jspecify.annotations.NullMarked;
