/**
 * The entry point that runs before any library is reachable: finds this platform's JavaFX and
 * starts {@code org.parley.cli.Main} above it. JDK only. Nothing here is null unless marked.
 */
@NullMarked
package org.parley.launch;

import org.jspecify.annotations.NullMarked;
