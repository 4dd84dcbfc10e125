/**
 * The in-memory full-text index: words, scoring, highlighting and spelling. Nothing here
 * is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.readmodel.search;

import org.jspecify.annotations.NullMarked;
