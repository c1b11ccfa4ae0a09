package org.cadretraining.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.cadretraining.platform.web.RequestBodyLimit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** The body limit as configured: refused before anything reads the body, whether its length is declared or streamed. */
class RequestBodyLimitTest {
    private final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withUserConfiguration(PlatformSupportAutoConfiguration.RequestBounds.class);

    @Test
    void theLimitIsAMegabyteUnlessConfigured() {
        context.run(app -> {
            RequestBodyLimit filter = filter(app);
            assertThat(send(filter, post(1024 * 1024, false)).getStatus()).isEqualTo(200);
            assertThat(send(filter, post(1024 * 1024 + 1, false)).getStatus()).isEqualTo(413);
        });
        context.withPropertyValues("platform.web.max-body-size=2KB").run(app -> {
            RequestBodyLimit filter = filter(app);
            assertThat(send(filter, post(2048, false)).getStatus()).isEqualTo(200);
            assertThat(send(filter, post(2049, false)).getStatus()).isEqualTo(413);
        });
    }

    @Test
    void aDeclaredOrAStreamedBodyOverTheLimitIsA413ProblemAndIsNotReadFurther() throws Exception {
        RequestBodyLimit filter = new RequestBodyLimit(org.springframework.util.unit.DataSize.ofKilobytes(2));
        for (boolean streamed : new boolean[] {false, true}) {
            AtomicReference<ServletRequest> handedOn = new AtomicReference<>();
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(post(5000, streamed), response, (req, res) -> handedOn.set(req));
            assertThat(handedOn.get()).as("streamed %s: nothing downstream sees the body", streamed).isNull();
            assertThat(response.getStatus()).isEqualTo(413);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            var problem = JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
            assertThat(problem.path("type").asString()).endsWith("/request-too-large");
            assertThat(problem.path("status").asInt()).isEqualTo(413);
            assertThat(problem.path("title").asString()).isNotBlank();
        }
    }

    @Test
    void aStreamedBodyWithinTheLimitIsHandedOnWhole() throws Exception {
        RequestBodyLimit filter = new RequestBodyLimit(org.springframework.util.unit.DataSize.ofKilobytes(2));
        AtomicReference<byte[]> read = new AtomicReference<>();
        filter.doFilter(post(2048, true), new MockHttpServletResponse(),
                (req, res) -> read.set(req.getInputStream().readAllBytes()));
        assertThat(read.get()).hasSize(2048).containsOnly((byte) 'x');
    }

    @Test
    void anUploadKeepsItsOwnLimits() throws Exception {
        RequestBodyLimit filter = new RequestBodyLimit(org.springframework.util.unit.DataSize.ofKilobytes(2));
        MockHttpServletRequest upload = post(50_000, false);
        upload.setContentType("multipart/form-data; boundary=abc");
        AtomicReference<ServletRequest> handedOn = new AtomicReference<>();
        filter.doFilter(upload, new MockHttpServletResponse(), (req, res) -> handedOn.set(req));
        assertThat(handedOn.get()).isSameAs(upload);
    }

    private static RequestBodyLimit filter(org.springframework.context.ApplicationContext app) {
        return (RequestBodyLimit) app.getBean(FilterRegistrationBean.class).getFilter();
    }

    private static MockHttpServletResponse send(RequestBodyLimit filter, HttpServletRequest request)
            throws ServletException, IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(200));
        return response;
    }

    /** A JSON POST of {@code size} bytes; streamed ones declare no length and come chunked. */
    private static MockHttpServletRequest post(int size, boolean streamed) {
        MockHttpServletRequest request = streamed ? new MockHttpServletRequest("POST", "/x") {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        } : new MockHttpServletRequest("POST", "/x");
        request.setContentType("application/json");
        request.setContent("x".repeat(size).getBytes(StandardCharsets.US_ASCII));
        if (streamed) {
            request.addHeader("Transfer-Encoding", "chunked");
        }
        return request;
    }
}
