/**
 * Wiring shared by the app and the command line: the database a session opens, the rule for
 * seeding it ({@link org.parley.app.Workspace}), and the log file. Nothing here is null unless
 * marked {@code @Nullable}.
 */
@NullMarked
package org.parley.app;

import org.jspecify.annotations.NullMarked;
