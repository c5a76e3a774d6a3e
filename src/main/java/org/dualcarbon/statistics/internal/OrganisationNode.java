package org.dualcarbon.statistics.internal;

import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.common.scope.ScopePaths;

/**
 * A node of the organisation tree the statistics are summed for: a division (R), a park (P) or an enterprise (E),
 * named by its scope path; depth 1 is the province.
 */
record OrganisationNode(String path, int depth, char kind) {

    static final char DIVISION = 'R';
    static final char PARK = 'P';
    static final char ENTERPRISE = 'E';

    /** Every node from the province down to the enterprise of {@code enterprisePath}, the enterprise last. */
    static List<OrganisationNode> chain(String enterprisePath) {
        ScopePaths.requireValid(enterprisePath);
        String[] segments = enterprisePath.substring(1, enterprisePath.length() - 1).split("/");
        List<OrganisationNode> nodes = new ArrayList<>(segments.length);
        StringBuilder path = new StringBuilder("/");
        for (int i = 0; i < segments.length; i++) {
            path.append(segments[i]).append('/');
            nodes.add(new OrganisationNode(path.toString(), i + 1, kindOf(segments[i])));
        }
        return nodes;
    }



    private static char kindOf(String segment) {
        if (Character.isDigit(segment.charAt(0))) {
            return DIVISION;
        }
        return segment.charAt(0) == 'E' ? ENTERPRISE : PARK;
    }
}
