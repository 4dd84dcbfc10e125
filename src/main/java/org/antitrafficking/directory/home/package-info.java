/**
 * The home page: the emergency notice, the key lines and the ways in. Nothing here is
 * null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.home;

import org.jspecify.annotations.NullMarked;
