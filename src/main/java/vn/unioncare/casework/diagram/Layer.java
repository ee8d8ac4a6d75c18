package vn.unioncare.casework.diagram;

/** The drawing order: later layers are painted over earlier ones, as the Modeler stacks them. */
enum Layer {
    POOL, LANE, CONTAINER, EDGE, NODE, ATTACHED, ARTIFACT
}
