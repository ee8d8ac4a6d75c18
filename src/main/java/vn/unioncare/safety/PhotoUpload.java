package vn.unioncare.safety;

import java.io.IOException;
import java.io.InputStream;

/** A photo as a public client sent it, before it is checked and stripped of its metadata. */
@FunctionalInterface
public interface PhotoUpload {

    InputStream open() throws IOException;
}
