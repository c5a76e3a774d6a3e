package org.dualcarbon.common.scope;

/**
 * Declares a table whose rows carry a {@code scope_path} column. Each capability declares its own
 * tables as beans; the scope filter applies to all of them.
 */
public record ScopedTable(String name) {

    public ScopedTable {
        name = name.toLowerCase(java.util.Locale.ROOT);
    }
}
