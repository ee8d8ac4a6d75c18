package vn.unioncare.casework.deployment;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.xml.sax.SAXParseException;
import vn.unioncare.forms.FormMessages;
import vn.unioncare.forms.FormSchemaException;
import vn.unioncare.forms.FormSchemaReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * Reads every BPMN, DMN and form file of a deployment before the engine parses it, so that a broken file, or a form
 * with a component UnionCare cannot render, is refused as a bad request (HTTP 400 on the REST API) with a message
 * naming the file, and the deployment is not stored.
 */
class DeploymentResourceCheck implements Deployer {

    private final FormMessages messages;

    DeploymentResourceCheck(FormMessages messages) {
        this.messages = messages;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (deployment.getResources() == null) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            String name = resource.getName().toLowerCase(Locale.ROOT);
            if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
                requireWellFormedXml(resource);
            } else if (name.endsWith(".form")) {
                requireUsableForm(resource);
            }
        }
    }

    private static void requireWellFormedXml(ResourceEntity resource) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new ByteArrayInputStream(resource.getBytes()), new DefaultHandler());
        } catch (SAXParseException e) {
            throw new BadUserRequestException("'%s' is not a readable XML file (line %d, column %d): %s"
                    .formatted(resource.getName(), e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        } catch (Exception e) {
            throw new BadUserRequestException("'%s' could not be read: %s".formatted(resource.getName(), e.getMessage()));
        }
    }

    private void requireUsableForm(ResourceEntity resource) {
        try {
            FormSchemaReader.read(resource.getBytes(), resource.getName());
        } catch (FormSchemaException e) {
            throw new BadUserRequestException(messages.bilingual(e) + " — " + e.getMessage());
        }
    }
}
