package de.netzwerke.governance.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** SR-6, T-4: the result protocol as PDF, rendered by openhtmltopdf from the protocol's XHTML. */
public final class ProtocolPdf {

    private ProtocolPdf() {
    }

    /** @param xhtml a well-formed XHTML document (texts escaped with {@link #escape}) */
    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Protokoll-PDF konnte nicht erstellt werden", e);
        }
    }

    /** Text for XHTML: &amp;, &lt;, &gt;, quotes escaped; line breaks kept as &lt;br/&gt;. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\r\n", "\n").replace("\n", "<br/>");
    }
}
