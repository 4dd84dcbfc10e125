/**
 * The four functions of anti-trafficking work and what does each. Nothing here is null
 * unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.function;

import org.jspecify.annotations.NullMarked;
