package org.parley.layout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Layout is pure geometry: it feeds the screen and the exporters alike, so it must not depend on either. */
class LayoutDependencyTest {

    @Test
    void layoutUsesOnlyTheJdkAndTheModel() {
        // The map subpackage has its own owner and its own test.
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parley.layout")
                .that(com.tngtech.archunit.base.DescribedPredicate.describe("outside layout.map",
                        c -> !c.getPackageName().startsWith("org.parley.layout.map")));
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "java.sql..", "javax.sql..",
                        "com.fasterxml..", "org.parley.ui..", "org.parley.render..", "org.parley.store..",
                        "org.parley.seed..", "org.parley.export..")
                .check(classes);
    }
}
