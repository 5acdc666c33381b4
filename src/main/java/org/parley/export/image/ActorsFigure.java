package org.parley.export.image;

import org.parley.render.Painter;
import org.parley.render.Theme;
import org.parley.render.graph.ActorGraphPainter;
import org.parley.render.graph.ActorGraphScene;
import org.parley.render.graph.ActorNetwork;

/** The actor network of the selected events, with its group legend. */
record ActorsFigure(ActorGraphScene scene) implements ScenePicture {

    static ActorsFigure of(Selection sel, double width, double height, Theme theme) {
        ActorNetwork network = ActorNetwork.of(sel.data(), sel.events());
        return new ActorsFigure(ActorGraphScene.layOut(network, width, height, theme));
    }

    @Override
    public Theme theme() {
        return scene.theme();
    }

    @Override
    public void paint(Painter painter) {
        new ActorGraphPainter().paint(painter, scene);
    }
}
