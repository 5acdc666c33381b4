package org.parley.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderingPipelineTest {

    @TempDir
    Path dev;

    @Test
    void withoutAGpuDeviceTheSoftwareRendererIsChosen() {
        Properties p = new Properties();
        RenderingPipeline.chooseBeforeStart(p, dev);
        assertEquals("sw", p.getProperty(RenderingPipeline.ORDER));
    }

    /** A DRM device (every open driver, NVIDIA's recent ones) or NVIDIA's own: JavaFX probes OpenGL as usual. */
    @ParameterizedTest
    @ValueSource(strings = {"dri", "nvidiactl", "nvidia0"})
    void aGpuDeviceLeavesJavaFxToChoose(String device) throws Exception {
        if (device.equals("dri")) {
            Files.createDirectories(dev.resolve(device));
        } else {
            Files.createFile(dev.resolve(device));
        }
        Properties p = new Properties();
        RenderingPipeline.chooseBeforeStart(p, dev);
        assertNull(p.getProperty(RenderingPipeline.ORDER));
    }

    @Test
    void theUsersOwnChoiceIsKept() {
        Properties p = new Properties();
        p.setProperty(RenderingPipeline.ORDER, "es2,sw");
        RenderingPipeline.chooseBeforeStart(p, dev);
        assertEquals("es2,sw", p.getProperty(RenderingPipeline.ORDER));
    }
}
