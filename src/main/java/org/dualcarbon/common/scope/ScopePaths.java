package org.dualcarbon.common.scope;

import java.util.regex.Pattern;

/**
 * Builds and checks scope paths. A path lists the organisation tree from the province down:
 * {@code /640000/640100/640104/} for a district (GB/T 2260 codes), {@code …/PYC01/} for a park in it,
 * {@code …/E91640100MA76XXXXXX/} for an enterprise (its 统一社会信用代码). Every scoped row stores the path of
 * the organisation it belongs to, so "may see" is a prefix test.
 */
public final class ScopePaths {

    private static final Pattern VALID = Pattern.compile("^(/[0-9A-Z]{1,20})+/$");

    private ScopePaths() {
    }

    public static boolean isValid(String path) {
        return path != null && path.length() <= 255 && VALID.matcher(path).matches();
    }

    /** Paths end up inlined in SQL by the scope filter, so only this safe alphabet is ever accepted. */
    public static String requireValid(String path) {
        if (!isValid(path)) {
            throw new IllegalArgumentException("not a scope path: " + path);
        }
        return path;
    }

    public static String child(String parentPath, String segment) {
        requireValid(parentPath);
        String path = parentPath + segment + "/";
        return requireValid(path);
    }

    public static String parkSegment(String parkCode) {
        return "P" + parkCode;
    }

    public static String enterpriseSegment(String uscc) {
        return "E" + uscc;
    }
}
