/**
 * The Federal Anti-Trafficking Directory: the application and its settings. Nothing here
 * is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory;

import org.jspecify.annotations.NullMarked;
