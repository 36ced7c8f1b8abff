package vn.parindex.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A real SMTP server (GreenMail) for the whole test run; the shared context sends its e-mail there. */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                server = new GreenMail(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.start();
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }
}
