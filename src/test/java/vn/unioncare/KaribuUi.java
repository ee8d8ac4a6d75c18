package vn.unioncare;

import com.github.mvysny.fakeservlet.FakeHttpEnvironment;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import vn.unioncare.security.UserAccountService;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Vaadin views in Karibu-Testing on the shared Spring context, signed in as a demo account. */
public final class KaribuUi {

    private static final Routes ROUTES = discoverRoutes();
    private static final String DEFAULT_CLIENT_ADDRESS = "127.0.0.1";

    private KaribuUi() {
    }

    /**
     * Karibu's own discovery sees public classes only; UnionCare's views are package-private, so they are found the
     * way Vaadin's Spring integration finds them.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("vn.unioncare")) {
            views.add((Class<? extends Component>) ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
        }
        return new Routes(views, Set.of(MockRouteNotFoundError.class, MockRouteAccessDeniedError.class), true);
    }

    public static SignedIn open(ApplicationContext context, UserAccountService accounts, String username) {
        Function0<UI> uiFactory = UI::new;
        SignedIn signedIn = SignedIn.as(accounts, username);
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        Set<String> roles = signedIn.user().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length())).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication());
        request.setUserInRole((principal, role) -> roles.contains(role));
        return signedIn;
    }

    /**
     * A Karibu UI for a visitor who is not signed in (the public pages), coming from {@code clientAddress}, so that
     * a test has the public pages' rate limits to itself.
     */
    public static void openAnonymous(ApplicationContext context, String clientAddress) {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        FakeHttpEnvironment.INSTANCE.setRemoteAddr(clientAddress);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    public static void close() {
        MockVaadin.tearDown();
        FakeHttpEnvironment.INSTANCE.setRemoteAddr(DEFAULT_CLIENT_ADDRESS);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
