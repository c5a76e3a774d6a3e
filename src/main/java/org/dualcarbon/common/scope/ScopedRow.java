package org.dualcarbon.common.scope;

/**
 * A row written to a scoped table. The scope filter checks, before an INSERT runs, that the caller's
 * scope covers the row's path.
 */
public interface ScopedRow {

    String scopePath();
}
