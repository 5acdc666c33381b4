package org.parley;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The layers of docs/architecture.md as a whitelist: each package names what it may use, and a
 * package in no layer fails the build until someone places it.
 */
class ArchitectureTest {

    private static final String[] LAYERS = {"org.parley.model..", "org.parley.seed..", "org.parley.store..",
        "org.parley.layout..", "org.parley.render..", "org.parley.export..", "org.parley.ui..", "org.parley.cli..",
        "org.parley.app..", "org.parley.launch.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parley");
    }

    @Test
    void everyPackageIsInALayer() {
        classes().should().resideInAnyPackage(LAYERS).check(classes);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.parley.model..")
                .layer("seed").definedBy("org.parley.seed..")
                .layer("store").definedBy("org.parley.store..")
                .layer("layout").definedBy("org.parley.layout..")
                .layer("render").definedBy("org.parley.render..")
                .layer("export").definedBy("org.parley.export..")
                .layer("app").definedBy("org.parley.app..")
                .layer("ui").definedBy("org.parley.ui..")
                .layer("cli").definedBy("org.parley.cli..")
                .layer("launch").definedBy("org.parley.launch..")
                .whereLayer("model").mayNotAccessAnyLayer()
                .whereLayer("seed").mayOnlyAccessLayers("model")
                .whereLayer("store").mayOnlyAccessLayers("model")
                .whereLayer("layout").mayOnlyAccessLayers("model")
                .whereLayer("render").mayOnlyAccessLayers("layout", "model")
                .whereLayer("export").mayOnlyAccessLayers("render", "layout", "store", "seed", "model")
                .whereLayer("app").mayOnlyAccessLayers("store", "seed", "model")
                .whereLayer("ui").mayOnlyAccessLayers("app", "export", "render", "layout", "store", "seed", "model")
                .whereLayer("cli").mayOnlyAccessLayers("ui", "app", "export", "render", "layout", "store", "seed",
                        "model")
                // The launcher runs before any library is reachable; it names cli.Main only as a string.
                .whereLayer("launch").mayNotAccessAnyLayer()
                .check(classes);
    }

    @Test
    void modelUsesOnlyTheJdk() {
        classes().that().resideInAPackage("org.parley.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jspecify..", "org.parley.model..")
                .check(classes);
    }

    @Test
    void layoutIsPureGeometryOnTheModel() {
        classes().that().resideInAPackage("org.parley.layout..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.util..", "java.time..",
                        "java.io..", "java.nio..", "java.math..", "org.jspecify..", "org.parley.layout..", "org.parley.model..")
                .because("layout feeds the screen and the exporters alike (no toolkit, SQL, JSON library or proj4j)")
                .check(classes);
    }

    @Test
    void theLauncherUsesOnlyTheJdk() {
        classes().that().resideInAPackage("org.parley.launch..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jspecify..", "org.parley.launch..")
                .check(classes);
    }

    @Test
    void onlyStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("org.parley.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void onlyUiUsesTheJavaFxSceneGraph() {
        noClasses().that().resideOutsideOfPackage("org.parley.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.application..")
                .check(classes);
    }

    @Test
    void seedStoreAndAppKnowNothingOfTheScreen() {
        noClasses().that().resideInAnyPackage("org.parley.seed..", "org.parley.store..", "org.parley.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .check(classes);
    }

    @Test
    void onlyCliWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("org.parley.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }
}
