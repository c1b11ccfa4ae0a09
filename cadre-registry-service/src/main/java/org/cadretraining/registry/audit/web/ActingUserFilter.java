package org.cadretraining.registry.audit.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cadretraining.registry.audit.ActingUser;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Takes the acting user from the {@code X-Acting-User} header for the length of the request. */
@Component
public class ActingUserFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ServletException[] servlet = new ServletException[1];
        IOException[] io = new IOException[1];
        ActingUser.runAs(request.getHeader(ActingUser.HEADER), () -> {
            try {
                chain.doFilter(request, response);
            } catch (ServletException e) {
                servlet[0] = e;
            } catch (IOException e) {
                io[0] = e;
            }
        });
        if (servlet[0] != null) {
            throw servlet[0];
        }
        if (io[0] != null) {
            throw io[0];
        }
    }
}
