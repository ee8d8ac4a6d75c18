package vn.unioncare.safety.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The frame of the public pages of the safety channel: no officer navigation, no account, just the two pages and a
 * word on what is (not) kept about the visitor. Subclasses add their content to {@link #content}.
 */
abstract class PublicPage extends VerticalLayout implements HasDynamicTitle {

    protected final Div content = new Div();
    private final String titleKey;

    PublicPage(String titleKey) {
        this.titleKey = titleKey;
        addClassName("uc-public-page");
        setMaxWidth("50em");
        getStyle().set("margin", "0 auto");
        H1 name = new H1(getTranslation("app.name"));
        name.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        Anchor report = new Anchor("report", getTranslation("safety.public.nav.report"));
        Anchor track = new Anchor("track", getTranslation("safety.public.nav.track"));
        Div links = new Div(report, new com.vaadin.flow.component.html.Span(" · "), track);
        Paragraph privacy = new Paragraph(getTranslation("safety.public.privacy"));
        privacy.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        content.setWidthFull();
        add(name, links, content, privacy);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
