package org.dualcarbon.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code dc.demo.*}: whether to load the demo data on first start, the generator's seed and the years covered. */
@ConfigurationProperties("dc.demo")
public record DemoProperties(boolean enabled, long seed, int firstYear, int lastYear) {
}
