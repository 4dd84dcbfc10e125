/**
 * schema.org JSON-LD for record pages, built from the page's own records. Nothing here is
 * null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.web.jsonld;

import org.jspecify.annotations.NullMarked;
