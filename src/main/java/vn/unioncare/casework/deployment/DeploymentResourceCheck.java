package vn.unioncare.casework.deployment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * Reads every BPMN, DMN and form file of a deployment before the engine parses it, so that a broken file is refused
 * as a bad request (HTTP 400 on the REST API) naming the file, line and column, and the deployment is not stored.
 */
class DeploymentResourceCheck implements Deployer {

    private static final ObjectMapper JSON = new ObjectMapper();

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
                requireJson(resource);
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

    private static void requireJson(ResourceEntity resource) {
        try {
            JSON.readTree(resource.getBytes());
        } catch (JsonProcessingException e) {
            throw new BadUserRequestException("'%s' is not a readable form (JSON, line %d, column %d): %s".formatted(
                    resource.getName(), e.getLocation().getLineNr(), e.getLocation().getColumnNr(), e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            throw new BadUserRequestException("'%s' could not be read: %s".formatted(resource.getName(), e.getMessage()));
        }
    }
}
