package org.cadretraining.registry.web;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API description is served once, as JSON at {@code /v3/api-docs}, which the security chain leaves public.
 * springdoc maps a YAML twin at {@code /v3/api-docs.yaml} that lies outside the chain's public paths, so it would be a
 * framework route behind a sign-in without a rule of its own: it is unmapped. Remove this once platform-support counts
 * {@code /v3/api-docs.yaml} among its public paths.
 */
@Configuration
public class ApiDescriptionInJsonOnly implements ApplicationListener<ContextRefreshedEvent> {
    private static final String SPRINGDOC_RESOURCE = "org.springdoc.webmvc.api.OpenApiWebMvcResource";

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        Map<String, RequestMappingHandlerMapping> mappings = event.getApplicationContext()
                .getBeansOfType(RequestMappingHandlerMapping.class);
        for (RequestMappingHandlerMapping mapping : mappings.values()) {
            List<RequestMappingInfo> yaml = mapping.getHandlerMethods().entrySet().stream()
                    .filter(e -> isYamlTwin(e.getValue()))
                    .map(Map.Entry::getKey).toList();
            yaml.forEach(mapping::unregisterMapping);
        }
    }

    private static boolean isYamlTwin(HandlerMethod handler) {
        return handler.getBeanType().getName().equals(SPRINGDOC_RESOURCE) && handler.getMethod().getName().equals("openapiYaml");
    }
}
