/**
 * What changed in the directory lately: the "Recent changes" page and its Atom feed, so
 * advocates and researchers can follow corrections. Nothing here is null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.changes;

import org.jspecify.annotations.NullMarked;
