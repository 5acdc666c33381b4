package org.parley.app;

/** The name and version the app, the command line and the package show; the pom's version, kept equal. */
public final class ParleyVersion {

    public static final String NAME_AND_VERSION = "Parley 0.1.0";

    private ParleyVersion() {
    }
}
