package org.dualcarbon.support;

import org.dualcarbon.demo.DemoDataSetup;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Loads the demo data set (the same generator and seed a user gets) once per test context. */
@TestConfiguration(proxyBeanMethods = false)
public class DemoFixture {

    public static final String PASSWORD = DemoDataSetup.DEMO_PASSWORD;

    @Bean
    ApplicationRunner demoFixtureLoader(DemoDataSetup demo, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        DemoSecondFactor.useDatabase(jdbc);
        return new ApplicationRunner() {
            @Override
            public void run(ApplicationArguments args) {
                demo.loadIfAbsent();
            }
        };
    }
}
