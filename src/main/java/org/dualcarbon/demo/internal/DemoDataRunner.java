package org.dualcarbon.demo.internal;

import org.dualcarbon.demo.DemoDataSetup;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo data on first start when {@code dc.demo.enabled} (after the division catalogue, order 10). */
@Component
@Order(100)
@ConditionalOnProperty(name = "dc.demo.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private final DemoDataSetup setup;

    DemoDataRunner(DemoDataSetup setup) {
        this.setup = setup;
    }

    @Override
    public void run(ApplicationArguments args) {
        setup.loadIfAbsent();
    }
}
