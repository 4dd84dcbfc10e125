/**
 * Shared web support: the layout, error pages, caching, render admission and parameter
 * checks. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.web;

import org.jspecify.annotations.NullMarked;
