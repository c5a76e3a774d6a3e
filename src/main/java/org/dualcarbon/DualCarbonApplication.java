package org.dualcarbon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * 碳达峰碳中和管理与服务平台 — the carbon peak and carbon neutrality management and service platform.
 * One Spring Boot application; each top-level package below this one is a business capability
 * (a Spring Modulith application module).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DualCarbonApplication {

    public static void main(String[] args) {
        SpringApplication.run(DualCarbonApplication.class, args);
    }
}
