package vn.parindex.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Every decimal in a JSON body is refused (400, with {@link Numbers#RULE}) unless it lies within {@link Numbers}. */
@Component
class BoundedNumbersModule extends SimpleModule {

    BoundedNumbersModule() {
        super("bounded-numbers");
        addDeserializer(BigDecimal.class, new NumberDeserializers.BigDecimalDeserializer() {
            @Override
            public BigDecimal deserialize(JsonParser p, DeserializationContext context) throws IOException {
                BigDecimal value = super.deserialize(p, context);
                if (value != null && !Numbers.inBounds(value)) {
                    throw new OutOfBounds(p);
                }
                return value;
            }
        });
    }

    /** Recognised by {@link ApiExceptionHandler}, which answers with the rule. */
    static final class OutOfBounds extends com.fasterxml.jackson.core.JsonProcessingException {
        OutOfBounds(JsonParser p) {
            super("number out of bounds", p.currentLocation());
        }
    }
}
