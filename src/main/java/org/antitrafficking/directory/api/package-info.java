/**
 * Shared API support: paging, problem details and the OpenAPI document. Nothing here is
 * null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.api;

import org.jspecify.annotations.NullMarked;
