package vn.parindex.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The container's error page ({@code /error}) renders the error of a request that failed; asked for directly it has
 * none to tell, and Spring's would answer 500. A direct request gets 404, as any page that does not exist.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPageRequests {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> directErrorPageRequests() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"message\":\"Không tìm thấy địa chỉ yêu cầu.\"}");
            }
        });
        // requests only (the registration's default): the container's own forward to the error page still renders it
        registration.addUrlPatterns("/error", "/error/*");
        return registration;
    }
}
