/**
 * Forms of immigration relief: the comparison, each one's page and API. Nothing here is
 * null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.relief;

import org.jspecify.annotations.NullMarked;
