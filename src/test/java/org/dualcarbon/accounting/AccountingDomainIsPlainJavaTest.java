package org.dualcarbon.accounting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The accounting domain stays plain Java (conventions.md, after ddd-by-examples): no framework, no database. */
class AccountingDomainIsPlainJavaTest {

    @Test
    void accountingUsesNoFramework() {
        noClasses().that().resideInAPackage("org.dualcarbon.accounting")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..",
                        "org.apache.ibatis..", "jakarta.persistence..", "java.sql..", "org.kie..", "org.drools..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.dualcarbon.accounting"));
    }
}
