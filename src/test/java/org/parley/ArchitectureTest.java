package org.parley;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the layers of DESIGN.md honest: model ← seed/store ← layout ← render ← ui/export/cli. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parley");
    }

    @Test
    void modelUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("org.parley.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.awt..", "java.sql..", "javax.sql..", "com.fasterxml..", "org.sqlite..",
                        "org.parley.seed..", "org.parley.store..", "org.parley.layout..", "org.parley.render..",
                        "org.parley.ui..", "org.parley.export..", "org.parley.cli..")
                .check(classes);
    }

    @Test
    void layoutIsPureGeometry() {
        noClasses().that().resideInAPackage("org.parley.layout..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.awt..", "java.sql..", "com.fasterxml..",
                        "org.parley.seed..", "org.parley.store..", "org.parley.render..",
                        "org.parley.ui..", "org.parley.export..", "org.parley.cli..")
                .check(classes);
    }

    @Test
    void onlyStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("org.parley.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void onlyUiUsesTheJavaFxScene() {
        noClasses().that().resideOutsideOfPackage("org.parley.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.application..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void seedAndStoreKnowNothingOfTheScreen() {
        noClasses().that().resideInAnyPackage("org.parley.seed..", "org.parley.store..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.awt..", "org.parley.layout..", "org.parley.render..",
                        "org.parley.ui..", "org.parley.export..", "org.parley.cli..")
                .check(classes);
    }

    @Test
    void onlyCliWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("org.parley.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void lowerLayersNeverReachUp() {
        noClasses().that().resideInAnyPackage("org.parley.render..", "org.parley.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parley.ui..", "org.parley.cli..")
                .check(classes);
    }
}
