/**
 * The Open Referral (HSDS 3.0) package and API. Nothing here is null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.opendata.openreferral;

import org.jspecify.annotations.NullMarked;
