package vn.unioncare.casework.diagram;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A rendered diagram parsed back as XML (which fails if the markup is not well-formed), to look into in tests. */
public final class SvgDocument {

    private final Document document;

    private SvgDocument(Document document) {
        this.document = document;
    }

    public static SvgDocument parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new SvgDocument(factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    public Element root() {
        return document.getDocumentElement();
    }

    /** The group drawn for the BPMN element with this id. */
    public Element element(String id) {
        List<Element> found = all("//g[@data-element-id='" + id + "']");
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " groups for " + id);
        }
        return found.get(0);
    }

    public boolean draws(String id) {
        return !all("//g[@data-element-id='" + id + "']").isEmpty();
    }

    /** The ids of the drawn elements, in drawing order. */
    public List<String> drawnIds() {
        return all("//g[@data-element-id]").stream().map(e -> e.getAttribute("data-element-id")).toList();
    }

    /** The visible text of an element's group: its lines joined with spaces. */
    public String text(String id) {
        return children(element(id), "tspan").stream().map(Element::getTextContent).collect(Collectors.joining(" "));
    }

    /** The elements named {@code tag} anywhere below {@code parent}. */
    public static List<Element> children(Element parent, String tag) {
        return elements(parent.getElementsByTagName(tag));
    }

    public List<Element> all(String xpath) {
        try {
            return elements((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document,
                    XPathConstants.NODESET));
        } catch (Exception e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
