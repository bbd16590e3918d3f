package scot.together.app.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte by byte over a socket: the JDK's client (rightly) will not
 * send a header with non-ASCII bytes, an address with a space in it or a TRACE, which is just
 * what a hostile client sends.
 */
final class Wire implements AutoCloseable {

    /** What came back: status, headers (names in lower case, last value wins) and the body as text. */
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    /** Set-Cookie values of the last answer. */
    final List<String> setCookies = new ArrayList<>();

    Wire(int port) {
        this.port = port;
    }

    /** Sends the request; headers as name, value pairs (values may hold any character: they go as UTF-8). */
    Answer send(String method, String target, List<String[]> headers, byte[] body) {
        for (int attempt = 0; ; attempt++) {
            try {
                return exchange(method, target, headers, body);
            } catch (IOException e) {
                // the server may close a kept-alive connection at any time (after an error, say): once again, afresh
                close();
                if (attempt == 1) {
                    throw new IllegalStateException(method + " " + target + ": " + e, e);
                }
            }
        }
    }

    private Answer exchange(String method, String target, List<String[]> headers, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket("localhost", port);
            socket.setSoTimeout(120_000);
            in = new java.io.BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        // one connection per request: an answer given before its request's body was read can
        // leave a kept-alive connection out of step, and then every later answer is another's
        write(request, method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n");
        for (String[] header : headers) {
            write(request, header[0] + ": " + header[1] + "\r\n");
        }
        if (body != null || !method.equals("GET")) {
            write(request, "Content-Length: " + (body == null ? 0 : body.length) + "\r\n");
        }
        write(request, "\r\n");
        if (body != null) {
            request.write(body);
        }
        out.write(request.toByteArray());
        out.flush();
        return read(method);
    }

    private Answer read(String method) throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("closed before an answer");
        }
        String[] parts = statusLine.split(" ");
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
            throw new IllegalStateException("Not an HTTP answer: " + Request.shorten(statusLine, 100));
        }
        int status = Integer.parseInt(parts[1]);
        if (status / 100 == 1) {
            // an interim answer (100 Continue to an Expect header): the real one follows
            for (String line = line(); line != null && !line.isEmpty(); line = line()) {
                // its headers say nothing
            }
            return read(method);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        setCookies.clear();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            headers.put(name, value);
            if (name.equals("set-cookie")) {
                setCookies.add(value);
            }
        }
        byte[] body;
        boolean noBody = method.equals("HEAD") || status == 204 || status == 304;
        if (noBody) {
            body = new byte[0];
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                chunks.write(in.readNBytes(size));
                line();
            }
            for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                // trailers: none expected
            }
            body = chunks.toByteArray();
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
            close();
        }
        close();
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private int chunkSize() throws IOException {
        String line = line();
        if (line == null) {
            throw new IOException("closed in a chunked body");
        }
        return Integer.parseInt(line.split(";")[0].trim(), 16);
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); ; b = in.read()) {
            if (b == -1) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
    }

    private static void write(ByteArrayOutputStream to, String text) {
        to.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        socket = null;
    }
}
