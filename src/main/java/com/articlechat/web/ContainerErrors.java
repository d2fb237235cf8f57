package com.articlechat.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the servlet container's own error responses RFC 9457 problems too. Tomcat refuses some
 * requests before any filter or controller sees them (an encoded slash, {@code %00}, invalid UTF-8 in
 * the path, an over-long request line) and writes its HTML error page; this replaces the valve that
 * writes it. Ordered last, so it runs after Spring Boot has installed its own error valve and removes it.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final JsonMapper json;

    ContainerErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemReportValve(json));
            if (host instanceof StandardHost standard) {
                // Otherwise the host adds Tomcat's HTML valve when it starts.
                standard.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Writes the container's error responses as problem+json, with no server details. */
    static final class ProblemReportValve extends ErrorReportValve {

        private final JsonMapper json;

        ProblemReportValve(JsonMapper json) {
            this.json = json;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            // As Tomcat's own valve: nothing for a success, a body already written or an error already reported.
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("title", known != null ? known.getReasonPhrase() : "Error");
            problem.put("status", status);
            problem.put("detail", detail(status));
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("X-Content-Type-Options", "nosniff");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(problem));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response was closed meanwhile; there is no one left to tell.
            }
        }

        private static String detail(int status) {
            if (status == 400) {
                return "The request could not be read: its address or headers are malformed, for example an encoded"
                        + " slash (%2F), a NUL byte (%00), invalid UTF-8, or an address longer than the server"
                        + " accepts.";
            }
            return "The server could not serve this request (HTTP " + status + ").";
        }
    }
}
