/**
 * Corrections from visitors: the "Suggest a correction" form of every record page, what
 * guards it without an account, a cookie or a session (a signed token, same-origin
 * checks, a honeypot, a minimum time to fill, size limits and a per-address limit counted
 * in PostgreSQL), and the suggestions it stores for the editors. Nothing here is null
 * unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.suggestion;

import org.jspecify.annotations.NullMarked;
