package org.antitrafficking.directory.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.stereotype.Component;

/**
 * Keeps the editors' area ({@code /editor} and below) out of the server's compression
 * (BREACH): a page that holds a secret, such as a CSRF token or a session's data, beside
 * text an attacker can make it repeat must not be compressed, or the length of the answer
 * gives the secret away bit by bit. Jetty's compression, as Spring Boot sets it up, takes
 * no path to leave out, so the request's {@code Accept-Encoding} is dropped before it is
 * seen: there is then nothing to compress for. nginx does the same in front
 * ({@code gzip off} and no {@code Accept-Encoding} passed on under {@code /editor}).
 */
@Component
class EditorCompression implements JettyServerCustomizer {

    /** The editors' area; {@code /editorial} is not in it. */
    static boolean isEditorPath(String path) {
        return path.equals("/editor") || path.startsWith("/editor/");
    }

    @Override
    public void customize(Server server) {
        server.setHandler(new Uncompressed(server.getHandler()));
    }

    /** Sends editor requests on without their Accept-Encoding. */
    static final class Uncompressed extends Handler.Wrapper {

        Uncompressed(Handler handler) {
            super(handler);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String path = Request.getPathInContext(request);
            if (path == null || !isEditorPath(path) || !request.getHeaders().contains(HttpHeader.ACCEPT_ENCODING)) {
                return super.handle(request, response, callback);
            }
            HttpFields headers = HttpFields.build(request.getHeaders())
                .remove(HttpHeader.ACCEPT_ENCODING)
                .asImmutable();
            return super.handle(new Request.Wrapper(request) {
                @Override
                public HttpFields getHeaders() {
                    return headers;
                }
            }, response, callback);
        }

    }

}
