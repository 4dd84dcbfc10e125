/**
 * Departments: grouped by kind, each with its components, programs and lines. Nothing
 * here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.department;

import org.jspecify.annotations.NullMarked;
