package org.antitrafficking.directory.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps a response as it is rendered, like {@link ContentCachingResponseWrapper}, but
 * with a buffered writer. Spring's writer flushes after every write, and a template
 * engine writes a character at a time: on a page rendered afresh that flushing cost about
 * a third of the CPU. Here the characters are encoded in blocks, and every way of reading
 * the body flushes the writer first.
 */
class RenderedResponse extends ContentCachingResponseWrapper {

    private static final int BUFFER_CHARS = 8192;

    private PrintWriter writer;

    RenderedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            Charset charset = Charset.forName(getCharacterEncoding());
            writer = new PrintWriter(
                    new BufferedWriter(new OutputStreamWriter(getOutputStream(), charset), BUFFER_CHARS));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        flushWriter();
        super.flushBuffer();
    }

    @Override
    public byte[] getContentAsByteArray() {
        flushWriter();
        return super.getContentAsByteArray();
    }

    @Override
    public int getContentSize() {
        flushWriter();
        return super.getContentSize();
    }

    @Override
    public void copyBodyToResponse() throws IOException {
        flushWriter();
        super.copyBodyToResponse();
    }

    @Override
    protected void copyBodyToResponse(boolean complete) throws IOException {
        flushWriter();
        super.copyBodyToResponse(complete);
    }

    /** What the writer still holds is dropped with the rest of the body. */
    @Override
    public void resetBuffer() {
        writer = null;
        super.resetBuffer();
    }

    @Override
    public void reset() {
        writer = null;
        super.reset();
    }

    private void flushWriter() {
        if (writer != null) {
            writer.flush();
            if (writer.checkError()) {
                throw new UncheckedIOException(new IOException("The rendered response could not be kept"));
            }
        }
    }

}
