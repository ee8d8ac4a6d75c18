package vn.unioncare;

/** The codes of the demo unions (see {@code vn.unioncare.demo.DemoData}), for tests that name them. */
public final class DemoUnits {

    public static final String CITY = "HLF";
    public static final String WARD = "CD-P-CAU-GIAY";
    public static final String HEALTH = "CD-NGANH-YTE";
    public static final String PARKS = "CD-KCN-HN";
    public static final String SCHOOL = "CS-THCS-NGHIA-TAN";
    public static final String HOSPITAL = "CS-BV-XANH-PON";
    public static final String FACTORY = "CS-DT-THANG-LONG";

    private DemoUnits() {
    }
}
