package org.dualcarbon.demo;

/** A county-level division the demo places organisations in: code, names and its path in the tree. */
public record DemoRegion(String code, String name, String cityName, String path) {
}
