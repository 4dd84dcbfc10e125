/**
 * Agencies and offices: the tree by department, the function filter, each one's page and
 * API. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.agency;

import org.jspecify.annotations.NullMarked;
