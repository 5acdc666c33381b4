package org.parley.launch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The entry point of {@code parley.jar}, of {@code ./mvnw javafx:run} and of the installed
 * launchers. JavaFX supports itself only as named modules ("Unsupported JavaFX configuration"
 * otherwise), so unless the JVM already has JavaFX on its module path, this puts the JavaFX jars
 * for the running platform into a module layer and runs the app on a class loader above it. Uses
 * the JDK only: it runs before any library is reachable.
 */
public final class Launcher {

    private static final String MAIN = "org.parley.cli.Main";

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        ClassLoader app = javaFxModulesAlreadyBooted() ? null : layeredLoader().orElse(null);
        if (app == null) {
            app = Launcher.class.getClassLoader();
        }
        Thread.currentThread().setContextClassLoader(app);
        Method main = Class.forName(MAIN, true, app).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static boolean javaFxModulesAlreadyBooted() {
        return ModuleLayer.boot().findModule("javafx.graphics").isPresent();
    }

    private static Optional<ClassLoader> layeredLoader() {
        return ClassPathLayout.find(Launcher.class, Platform.current())
                .map(layout -> JavaFxLayer.create(layout.javafxJars(), layout.classPath()));
    }
}
