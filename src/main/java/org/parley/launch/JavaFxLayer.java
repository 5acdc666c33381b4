package org.parley.launch;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * JavaFX as named modules in a layer of their own, with the app and its libraries on a class
 * loader above it: the arrangement {@code --module-path lib/javafx --add-modules ...} gives, made
 * at run time so that {@code java -jar} needs no options.
 */
final class JavaFxLayer {

    private JavaFxLayer() {
    }

    static ClassLoader create(List<Path> javafxJars, List<Path> classPath) {
        ModuleFinder finder = ModuleFinder.of(javafxJars.toArray(Path[]::new));
        Set<String> roots = finder.findAll().stream()
                .map(ref -> ref.descriptor().name())
                .collect(Collectors.toSet());
        ModuleLayer boot = ModuleLayer.boot();
        Configuration config = boot.configuration().resolve(finder, ModuleFinder.of(), roots);
        ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(
                config, List.of(boot), ClassLoader.getPlatformClassLoader());
        ModuleLayer layer = controller.layer();
        ClassLoader javafxLoader = layer.findLoader(roots.iterator().next());

        URLClassLoader app = new URLClassLoader("parley", urls(classPath), javafxLoader);
        // ControlsFX reaches into JavaFX internals, as it may on the class path; open them to the app alone.
        Module unnamed = app.getUnnamedModule();
        for (ModuleReference ref : finder.findAll()) {
            Module module = layer.findModule(ref.descriptor().name()).orElseThrow();
            for (String pkg : module.getPackages()) {
                controller.addOpens(module, pkg, unnamed);
            }
        }
        return app;
    }

    private static URL[] urls(List<Path> classPath) {
        List<URL> urls = new ArrayList<>();
        for (Path path : classPath) {
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("Not a class path entry: " + path, e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}
