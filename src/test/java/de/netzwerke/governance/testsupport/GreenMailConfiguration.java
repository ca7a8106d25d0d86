package de.netzwerke.governance.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) in the test JVM, on a free port, and Spring Mail pointed at it. */
@TestConfiguration(proxyBeanMethods = false)
public class GreenMailConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    public GreenMail greenMail() {
        return new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** Declared as the implementation, as Spring Boot's own: the mail health check looks for that type. */
    @Bean
    public JavaMailSenderImpl javaMailSender(GreenMail greenMail) {
        if (!greenMail.isRunning()) {
            greenMail.start();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        return sender;
    }
}
