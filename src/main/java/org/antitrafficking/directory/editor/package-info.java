/**
 * Editors: their accounts, created from the command line, and signing in and out under
 * {@code /editor}, the only part of the site that has sessions, cookies and Spring
 * Security. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.antitrafficking.directory.editor;

import org.jspecify.annotations.NullMarked;
