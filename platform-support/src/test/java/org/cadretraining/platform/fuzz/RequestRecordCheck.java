package org.cadretraining.platform.fuzz;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.Size;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Every request body a service reads is bounded: each {@code String} of a record a handler takes as its
 * {@code @RequestBody} (and of the records inside it) carries {@code @Size(max = …)}, and so does each list, set or
 * array, whose strings are bounded too. The build fails on a new field without one.
 */
public final class RequestRecordCheck {
    private RequestRecordCheck() {
    }

    /** The request bodies of every controller under the package. */
    public static Set<Class<?>> requestBodies(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        Set<Class<?>> bodies = new java.util.LinkedHashSet<>();
        scanner.findCandidateComponents(basePackage).forEach(candidate -> {
            Class<?> controller;
            try {
                controller = Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            for (Method method : controller.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        bodies.addAll(typesIn(parameter.getParameterizedType()));
                    }
                }
            }
        });
        return bodies;
    }

    /** Every unbounded string or collection in the request bodies of the controllers under the package. */
    public static List<String> unbounded(String basePackage) {
        Set<Class<?>> bodies = requestBodies(basePackage);
        if (bodies.isEmpty()) {
            throw new AssertionError("No controller under " + basePackage + " takes a @RequestBody: wrong package?");
        }
        return unbounded(bodies.toArray(Class<?>[]::new));
    }

    public static List<String> unbounded(Class<?>... requestTypes) {
        Set<String> found = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> type : requestTypes) {
            walk(type, type.getSimpleName(), found, seen);
        }
        return new ArrayList<>(found);
    }

    public static void assertBounded(String basePackage) {
        List<String> unbounded = unbounded(basePackage);
        if (!unbounded.isEmpty()) {
            throw new AssertionError("Request fields without @Size(max = …), which every string and collection a request "
                    + "carries needs (fit it to the domain and to the database column):\n  " + String.join("\n  ", unbounded));
        }
    }

    private static void walk(Class<?> type, String path, Set<String> found, Set<Class<?>> seen) {
        if (!seen.add(type) || !type.getName().startsWith("org.cadretraining.")) {
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                Field field;
                try {
                    field = type.getDeclaredField(component.getName());
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
                member(component.getAnnotatedType(), path + "." + component.getName(), found, seen,
                        component.getAccessor(), field);
            }
        } else if (!type.isEnum() && !type.isInterface()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    member(field.getAnnotatedType(), path + "." + field.getName(), found, seen, field);
                }
            }
        }
    }

    /** A member (a component, a field, an item of a list), with the declarations its annotations may sit on. */
    private static void member(AnnotatedType annotated, String path, Set<String> found, Set<Class<?>> seen,
                               AnnotatedElement... declarations) {
        Class<?> raw = raw(annotated.getType());
        if (raw == String.class || raw == CharSequence.class) {
            if (!bounded(annotated, declarations)) {
                found.add(path + " (a String)");
            }
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!bounded(annotated, declarations)) {
                found.add(path + " (a " + raw.getSimpleName() + ")");
            }
            AnnotatedType item = annotated instanceof AnnotatedParameterizedType p ? p.getAnnotatedActualTypeArguments()[0]
                    : annotated instanceof AnnotatedArrayType a ? a.getAnnotatedGenericComponentType() : null;
            if (item != null) {
                member(item, path + "[]", found, seen);
            }
        } else if (Map.class.isAssignableFrom(raw) || raw == Object.class || raw.getName().startsWith("tools.jackson.")
                || raw.getName().startsWith("com.fasterxml.jackson.")) {
            found.add(path + " (a " + raw.getSimpleName() + ": any shape at all)");
        } else {
            walk(raw, path, found, seen);
        }
    }

    private static boolean bounded(AnnotatedType annotated, AnnotatedElement... declarations) {
        List<Annotation> annotations = new ArrayList<>(List.of(annotated.getAnnotations()));
        for (AnnotatedElement declaration : declarations) {
            annotations.addAll(List.of(declaration.getAnnotations()));
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof Size size && size.max() < Integer.MAX_VALUE) {
                return true;
            }
            if (annotation instanceof Size.List sizes) {
                for (Size size : sizes.value()) {
                    if (size.max() < Integer.MAX_VALUE) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Set<Class<?>> typesIn(Type type) {
        Set<Class<?>> types = new HashSet<>();
        types.add(raw(type));
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                types.addAll(typesIn(argument));
            }
        }
        return types;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof java.lang.reflect.GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }
}
