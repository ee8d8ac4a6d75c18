package vn.unioncare.deployment;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A {@code multipart/form-data} body built by hand: fields and files, as Camunda Modeler sends a deployment. */
final class Multipart {

    private final String boundary = "unioncare-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
        return part("form-data; name=\"" + name + "\"", "text/plain; charset=UTF-8",
                value.getBytes(StandardCharsets.UTF_8));
    }

    Multipart file(String name, String filename, String mediaType, byte[] content) {
        return part("form-data; name=\"" + name + "\"; filename=\"" + filename + "\"", mediaType, content);
    }

    private Multipart part(String disposition, String mediaType, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: " + mediaType
                + "\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    private void write(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    HttpRequest.BodyPublisher publisher() {
        ByteArrayOutputStream complete = new ByteArrayOutputStream();
        complete.writeBytes(body.toByteArray());
        complete.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(complete.toByteArray());
    }
}
