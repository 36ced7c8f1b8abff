package vn.parindex.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Every text in a JSON body is refused (400, naming the field) when it is longer than any column holds
 * ({@link Text#LONG_CHARS}) or holds what {@link Text} refuses: the one check at the edge for notes, reasons,
 * explanations and complaints alike, before any of them reaches a service or the database.
 */
@Component
class BoundedTextModule extends SimpleModule {

    BoundedTextModule() {
        super("bounded-text");
        addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
                String value = super.deserialize(p, context);
                if (value != null && value.length() > Text.LONG_CHARS) {
                    throw new Refused(p, subject(p) + " dài quá " + Text.LONG_CHARS + " ký tự.");
                }
                if (value != null && !Text.isClean(value)) {
                    throw new Refused(p, subject(p) + " " + Text.RULE + ".");
                }
                return value;
            }
        });
    }

    /** The field the text is in, or the one holding the list it is in. */
    private static String subject(JsonParser p) {
        for (JsonStreamContext c = p.getParsingContext(); c != null; c = c.getParent()) {
            if (c.getCurrentName() != null) {
                return "Trường \"" + c.getCurrentName() + "\"";
            }
        }
        return "Văn bản gửi lên";
    }

    /** Recognised by {@link ApiExceptionHandler}, which answers with the Vietnamese message. */
    static final class Refused extends com.fasterxml.jackson.core.JsonProcessingException {
        Refused(JsonParser p, String vietnameseMessage) {
            super(vietnameseMessage, p.currentLocation());
        }
    }
}
