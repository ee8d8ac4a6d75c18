package vn.unioncare.safety;

/** Where the incident register lives in the UI, for links in notices. */
public final class SafetyRegisterRoute {

    public static final String PATH = "safety-register";

    private SafetyRegisterRoute() {
    }
}
