package vn.parindex.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

/** The draft an upload of a catalogue or scheme table made, and its adoption, through the API as the workspace does. */
public final class RuleDrafts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleDrafts() {
    }

    /** The id of the draft a successful upload answered with. */
    public static long id(HttpResponse<String> upload) {
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        try {
            return JSON.readTree(upload.body()).path("ruleSet").path("id").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads, then adopts the draft; returns its id. */
    public static long uploadAndAdopt(Http standingBody, String path, byte[] workbook) {
        long id = id(standingBody.upload(path, "tep.xlsx", workbook));
        HttpResponse<String> adopted = standingBody.json("POST", "/api/rule-sets/" + id + "/adoption", "");
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(200);
        return id;
    }
}
