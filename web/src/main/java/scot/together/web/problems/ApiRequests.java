package scot.together.web.problems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;
import scot.together.api.RefusalCode;
import scot.together.api.text.Characters;

/**
 * Refuses under /api, before anything is done, a request Together cannot read or answer: a
 * Content-Type that is no media type or a wildcard ({@code *}/{@code *}) 415; a request whose
 * Accept header rules out what it would be answered with (JSON, or CSV for {@code format=csv})
 * 406 (found only after the work, it would refuse a command that was recorded, or a look at a
 * child's record that the access log has written down); a read whose query parameter holds a
 * control character 400 (PostgreSQL cannot compare U+0000 with text); a body over {@link ProtocolProblems#MAX_BODY_BYTES} 413. It reads each body whole, once, and
 * keeps the bytes, so the Idempotency-Key can be bound to the exact request ({@link #of}).
 */
@Component
public class ApiRequests extends OncePerRequestFilter {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv");

    private final ProblemResponses problems;

    public ApiRequests(ProblemResponses problems) {
        this.problems = problems;
    }

    /** The body of this request under /api as it was sent; empty elsewhere. */
    public static Optional<byte[]> of(HttpServletRequest request) {
        return Optional.ofNullable(WebUtils.getNativeRequest(request, Read.class)).map(Read::bytes);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ProtocolProblems.underApi(request.getContextPath(), request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!readable(request.getContentType())) {
            refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        if (!accepts(request.getHeader(HttpHeaders.ACCEPT), answerType(request))) {
            refuse(response, HttpStatus.NOT_ACCEPTABLE);
            return;
        }
        String unreadable = parameterWithControlCharacters(request);
        if (unreadable != null) {
            problems.write(response, HttpStatus.BAD_REQUEST, RefusalCode.VALIDATION,
                    unreadable + " must be one line of text, without control characters.");
            return;
        }
        if (request.getContentLengthLong() > ProtocolProblems.MAX_BODY_BYTES) {
            refuse(response, HttpStatus.PAYLOAD_TOO_LARGE);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(ProtocolProblems.MAX_BODY_BYTES + 1);
        if (body.length > ProtocolProblems.MAX_BODY_BYTES) {
            refuse(response, HttpStatus.PAYLOAD_TOO_LARGE);
            return;
        }
        chain.doFilter(new Read(request, body), response);
    }

    /**
     * The query parameter of a read that holds a control character (U+0000 above all, which
     * PostgreSQL cannot compare with text), named for the answer; null if none does. A command's
     * parameters are left alone here: reading them could read its body.
     */
    private static String parameterWithControlCharacters(HttpServletRequest request) {
        if ("POST".equals(request.getMethod())) {
            return null;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            boolean nameAllowed = Characters.allowed(parameter.getKey(), false);
            if (!nameAllowed || Arrays.stream(parameter.getValue()).anyMatch(v -> !Characters.allowed(v, false))) {
                return nameAllowed ? "The query parameter '" + parameter.getKey() + "'" : "A query parameter's name";
            }
        }
        return null;
    }

    private void refuse(HttpServletResponse response, HttpStatus status) throws IOException {
        problems.write(response, status, ProtocolProblems.code(status), ProtocolProblems.detail(status));
    }

    /**
     * What the answer will be: CSV for a read with {@code format=csv}, JSON otherwise. (A command's
     * parameters are not read here: they may be in its body.)
     */
    private static MediaType answerType(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) && "csv".equalsIgnoreCase(request.getParameter("format"))
                ? TEXT_CSV : MediaType.APPLICATION_JSON;
    }

    private static boolean accepts(String accept, MediaType answer) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(answer::isCompatibleWith);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** None, or a concrete media type: Spring cannot even compare a wildcard with what it reads. */
    private static boolean readable(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            return !MediaType.parseMediaType(contentType).isWildcardType();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The request with its body already read. */
    private static final class Read extends HttpServletRequestWrapper {

        private final byte[] bytes;

        Read(HttpServletRequest request, byte[] bytes) {
            super(request);
            this.bytes = bytes;
        }

        byte[] bytes() {
            return bytes;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(bytes);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has already been read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
        }

        private Charset charset() {
            try {
                return getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
    }
}
