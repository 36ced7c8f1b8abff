package vn.parindex.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a person meets on a page at the browser's window size, measured in the page: parts out of reach, text too
 * small or squeezed into a column narrower than about 12 characters (browser/layout-problems.js), and whether a
 * message sits beside what it is about.
 */
public final class Layout {

    /** The controls of a form's leaves (cards of [data-row]). */
    public static final String LEAF_CONTROLS = "[data-row] input, [data-row] select, [data-row] textarea";
    private static final String SCRIPT = read();

    private Layout() {
    }

    /** Problems of the part {@code root} and its {@code controls}, printed with the sizes measured. */
    @SuppressWarnings("unchecked")
    public static List<String> problems(Browser b, String root, String controls) {
        Object sizes = b.script("var f = document.querySelector(arguments[0]);"
                + "return 'window ' + document.documentElement.clientWidth + ' px, ' + arguments[0] + ' '"
                + " + Math.round(f.getBoundingClientRect().width) + ' px wide, its content ' + f.scrollWidth + ' px';", root);
        System.out.println(sizes);
        return (List<String>) b.script(SCRIPT, root, controls);
    }

    /** The message is inside its container (a leaf's card, a table row, an upload's line) and in the window with it. */
    public static void assertBeside(Browser b, String container, String message, String what) {
        Object inside = b.script("var box = document.querySelector(arguments[0]), message = box.querySelector(arguments[1]);"
                + "message.scrollIntoView({block: 'center'});"
                + "var c = box.getBoundingClientRect(), e = message.getBoundingClientRect();"
                + "return e.height > 0 && e.top >= c.top && e.bottom <= c.bottom && e.left >= c.left && e.right <= c.right"
                + " && e.left >= 0 && e.right <= document.documentElement.clientWidth && e.top >= 0 && e.bottom <= window.innerHeight;",
                container, message);
        assertThat(inside).as(what + ": the message beside it, in the window").isEqualTo(true);
    }

    /** A leaf's error inside its card. */
    public static void assertBesideLeaf(Browser b, String leaf) {
        assertBeside(b, "[data-row='" + leaf + "']", "[data-leaf-error]", "leaf " + leaf);
    }

    private static String read() {
        try (InputStream script = Layout.class.getResourceAsStream("/browser/layout-problems.js")) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
