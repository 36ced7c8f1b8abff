package vn.parindex.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

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

    /** The messages received for this address whose subject holds every given text. */
    public static List<MimeMessage> received(String recipient, String... subjectTexts) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient)
                        && Arrays.stream(subjectTexts).allMatch(m.getSubject()::contains);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public static int port() {
        return server().getSmtp().getPort();
    }
}
