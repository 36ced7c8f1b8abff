package vn.parindex.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's webapps put the nonce of the Content-Security-Policy they are writing into a servlet-context attribute, which
 * every request shares: when two requests overlap, a Tasklist page carries the other request's nonce, the browser blocks
 * all its scripts and the user sees a blank page (253 of 400 Tasklist pages, opened two at a time). Each request
 * here sees a view of the context that keeps that one attribute to itself.
 */
class CspNoncePerRequest extends OncePerRequestFilter {

    private static final String NONCE = ContentSecurityPolicyProvider.ATTR_CSP_FILTER_NONCE;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ServletContext context = ownNonce(request);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public ServletContext getServletContext() {
                return context;
            }
        }, response);
    }

    private static ServletContext ownNonce(HttpServletRequest request) {
        ServletContext shared = request.getServletContext();
        return (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
                    if (args != null && args.length > 0 && NONCE.equals(args[0])) {
                        switch (method.getName()) {
                            case "getAttribute":
                                return request.getAttribute(NONCE);
                            case "setAttribute":
                                request.setAttribute(NONCE, args[1]);
                                return null;
                            case "removeAttribute":
                                request.removeAttribute(NONCE);
                                return null;
                            default:
                                break;
                        }
                    }
                    try {
                        return method.invoke(shared, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
