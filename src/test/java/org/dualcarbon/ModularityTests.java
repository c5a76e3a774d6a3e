package org.dualcarbon;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps one package per capability: modules use each other's API packages only, and never in a cycle. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(DualCarbonApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** Writes the module diagram (PlantUML/C4) and canvases to target/spring-modulith-docs for the README. */
    @Test
    void documentsTheModules() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
