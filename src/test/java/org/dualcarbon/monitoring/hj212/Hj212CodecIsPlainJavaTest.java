package org.dualcarbon.monitoring.hj212;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The codec is plain Java without I/O (conventions.md): the ingestion owns sockets, brokers and storage. */
class Hj212CodecIsPlainJavaTest {

    @Test
    void codecUsesNoFrameworkAndNoIo() {
        noClasses().that().resideInAPackage("org.dualcarbon.monitoring.hj212")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.io..",
                        "java.net..", "java.nio.file..", "java.nio.channels..", "java.sql..", "org.slf4j..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.dualcarbon.monitoring.hj212"));
    }
}
