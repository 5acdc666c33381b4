package org.parley.ui.support;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * A UI test is run by {@link FxThreadRobot}, never by TestFX's {@code ApplicationExtension} alone, whose robot
 * aims its clicks on the test's thread (decision 0137): one class written the old way brings back the
 * failures of ci167 for whichever tests run after it.
 */
class UiTestsUseFxThreadRobotTest {

    /** Named, not referred to, so this test does not itself depend on it. */
    private static final String TESTFX_EXTENSION = "org.testfx.framework.junit5.ApplicationExtension";

    @Test
    void noTestIsRunByTestFxsOwnExtension() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.parley");
        noClasses().that().doNotHaveFullyQualifiedName(FxThreadRobot.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(TESTFX_EXTENSION)
                .because("FxThreadRobot aims clicks on the JavaFX thread (decision 0137)")
                .check(tests);
    }
}
