package org.parley.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingPipelineTest {

    @TempDir
    Path dev;

    @Test
    void withoutAGpuDeviceTheSoftwareRendererIsChosen() {
        Properties p = new Properties();
        RenderingPipeline.chooseBeforeStart(p, dev);
        assertEquals("sw", p.getProperty(RenderingPipeline.ORDER));
    }

    @Test
    void aDrmDeviceLeavesJavaFxToChoose() throws Exception {
        Files.createDirectories(dev.resolve("dri"));
        Properties p = new Properties();
        RenderingPipeline.chooseBeforeStart(p, dev);
        assertNull(p.getProperty(RenderingPipeline.ORDER));
    }

    @Test
    void nvidiasOwnDeviceLeavesJavaFxToChoose() throws Exception {
        Files.createFile(dev.resolve("nvidiactl"));
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
