package org.parley.layout.map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The map geometry stays pure: JDK and model only, so every painter and exporter can use it. */
class MapPackageDependencyTest {

    @Test
    void usesNoToolkitSqlJsonLibraryOrProj4j() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parley.layout.map");

        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "java.awt..", "javafx..", "java.sql..", "javax.swing..",
                        "com.fasterxml..", "org.locationtech..")
                .because("layout is pure geometry (DESIGN.md, Architecture); proj4j is a test oracle only")
                .check(classes);
    }
}
