package org.cadretraining.reporting.ingest;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cadretraining.platform.events.EventCodec;
import tools.jackson.databind.JsonNode;

/**
 * A compact binary form of the records reporting keeps in its state stores, changelogs and repartition topics (never
 * on a public topic: those keep their JSON and CloudEvents contract). A record is its component count and then its
 * components in declaration order, each written by its declared type: varints for numbers, lengths before strings,
 * enum constants by name (so reordering constants changes nothing), dates as epoch days. No field names, no text
 * parsing: it is what the stream thread pays per record, and JSON cost it a third of its time.
 * <p>
 * Additive only, like the events: a record read with more components than were written gets the defaults (null, 0,
 * false) for the new ones; one written with more components than the reader knows is refused, since its fields
 * cannot be skipped without names. Values written before this form existed (JSON, which starts with {@code {})
 * are still read, so an upgraded instance can read its old state.
 */
public final class RecordCodec {
    /** First byte of every value; JSON never starts with it. */
    static final byte FORMAT = 1;
    private static final Map<Class<?>, RecordShape> SHAPES = new ConcurrentHashMap<>();
    private static final Map<String, Class<?>> CLASSES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Map<String, Object>> ENUMS = new ConcurrentHashMap<>();
    /** Where values of a declared type {@code Object} may come from: reporting's own and the event contract's records. */
    private static final List<String> TRUSTED_PACKAGES = List.of("org.cadretraining.");

    private RecordCodec() {
    }

    public static byte[] encode(Object value, Type type) {
        Out out = new Out();
        out.bytes[out.size++] = FORMAT;
        write(out, value, type);
        return Arrays.copyOf(out.bytes, out.size);
    }

    @SuppressWarnings("unchecked")
    public static <T> T decode(byte[] bytes, Class<T> type) {
        if (bytes.length > 0 && bytes[0] == '{') {
            return EventCodec.fromJson(bytes, type);
        }
        if (bytes.length == 0 || bytes[0] != FORMAT) {
            throw new IllegalArgumentException("not a value of this codec (first byte " + (bytes.length == 0 ? "none" : bytes[0]) + ")");
        }
        In in = new In(bytes, 1);
        return (T) read(in, type);
    }

    // ---- writing

    private static void write(Out out, Object value, Type type) {
        Class<?> raw = raw(type);
        if (raw == boolean.class) {
            out.byte1((Boolean) value ? 1 : 0);
        } else if (raw == int.class || raw == short.class || raw == byte.class) {
            out.varlong(zigzag(((Number) value).longValue()));
        } else if (raw == long.class) {
            out.varlong(zigzag((Long) value));
        } else if (raw == double.class) {
            out.fixed64(Double.doubleToRawLongBits((Double) value));
        } else if (raw == float.class) {
            out.fixed64(Double.doubleToRawLongBits((Float) value));
        } else if (raw == char.class) {
            out.varlong((Character) value);
        } else if (value == null) {
            out.byte1(0);
        } else if (raw == String.class) {
            out.string(value.toString());
        } else if (raw == Object.class || raw.isInterface() && !Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
            // Declared as Object (an event in a timeline): the class goes first.
            out.byte1(1);
            out.string(value.getClass().getName());
            writePresent(out, value, value.getClass(), value.getClass());
        } else {
            out.byte1(1);
            writePresent(out, value, type, raw);
        }
    }

    private static void writePresent(Out out, Object value, Type type, Class<?> raw) {
        if (raw == Boolean.class) {
            out.byte1((Boolean) value ? 1 : 0);
        } else if (raw == Integer.class || raw == Long.class || raw == Short.class || raw == Byte.class) {
            out.varlong(zigzag(((Number) value).longValue()));
        } else if (raw == Double.class || raw == Float.class) {
            out.fixed64(Double.doubleToRawLongBits(((Number) value).doubleValue()));
        } else if (raw.isEnum()) {
            out.string(((Enum<?>) value).name());
        } else if (raw == LocalDate.class) {
            out.varlong(zigzag(((LocalDate) value).toEpochDay()));
        } else if (raw == Instant.class) {
            Instant instant = (Instant) value;
            out.varlong(zigzag(instant.getEpochSecond()));
            out.varlong(instant.getNano());
        } else if (raw == BigDecimal.class) {
            out.string(((BigDecimal) value).toString());
        } else if (raw == byte[].class) {
            byte[] b = (byte[]) value;
            out.varlong(b.length);
            out.raw(b);
        } else if (raw.isRecord()) {
            RecordShape shape = shape(raw);
            out.varlong(shape.types.length);
            for (int i = 0; i < shape.types.length; i++) {
                write(out, shape.get(i, value), shape.types[i]);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            Type keyType = argument(type, 0);
            Type valueType = argument(type, 1);
            Map<?, ?> map = (Map<?, ?>) value;
            out.varlong(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(out, e.getKey(), keyType);
                write(out, e.getValue(), valueType);
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            Type elementType = argument(type, 0);
            Collection<?> collection = (Collection<?>) value;
            out.varlong(collection.size());
            for (Object element : collection) {
                write(out, element, elementType);
            }
        } else if (JsonNode.class.isAssignableFrom(raw)) {
            byte[] json = EventCodec.toJson(value);
            out.varlong(json.length);
            out.raw(json);
        } else {
            throw new IllegalArgumentException("no binary form for " + raw.getName());
        }
    }

    // ---- reading

    private static Object read(In in, Type type) {
        Class<?> raw = raw(type);
        if (raw == boolean.class) {
            return in.byte1() != 0;
        } else if (raw == int.class) {
            return (int) unzigzag(in.varlong());
        } else if (raw == short.class) {
            return (short) unzigzag(in.varlong());
        } else if (raw == byte.class) {
            return (byte) unzigzag(in.varlong());
        } else if (raw == long.class) {
            return unzigzag(in.varlong());
        } else if (raw == double.class) {
            return Double.longBitsToDouble(in.fixed64());
        } else if (raw == float.class) {
            return (float) Double.longBitsToDouble(in.fixed64());
        } else if (raw == char.class) {
            return (char) in.varlong();
        } else if (raw == String.class) {
            return in.string();
        }
        if (in.byte1() == 0) {
            return null;
        }
        if (raw == Object.class || raw.isInterface() && !Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
            Class<?> actual = trustedClass(in.string());
            return readPresent(in, actual, actual);
        }
        return readPresent(in, type, raw);
    }

    private static Object readPresent(In in, Type type, Class<?> raw) {
        if (raw == Boolean.class) {
            return in.byte1() != 0;
        } else if (raw == Integer.class) {
            return (int) unzigzag(in.varlong());
        } else if (raw == Long.class) {
            return unzigzag(in.varlong());
        } else if (raw == Short.class) {
            return (short) unzigzag(in.varlong());
        } else if (raw == Byte.class) {
            return (byte) unzigzag(in.varlong());
        } else if (raw == Double.class) {
            return Double.longBitsToDouble(in.fixed64());
        } else if (raw == Float.class) {
            return (float) Double.longBitsToDouble(in.fixed64());
        } else if (raw.isEnum()) {
            String name = in.string();
            Object constant = ENUMS.computeIfAbsent(raw, RecordCodec::constants).get(name);
            if (constant == null) {
                throw new IllegalArgumentException("unknown " + raw.getSimpleName() + " " + name);
            }
            return constant;
        } else if (raw == LocalDate.class) {
            return LocalDate.ofEpochDay(unzigzag(in.varlong()));
        } else if (raw == Instant.class) {
            long seconds = unzigzag(in.varlong());
            return Instant.ofEpochSecond(seconds, in.varlong());
        } else if (raw == BigDecimal.class) {
            return new BigDecimal(in.string());
        } else if (raw == byte[].class) {
            return in.raw((int) in.varlong());
        } else if (raw.isRecord()) {
            RecordShape shape = shape(raw);
            int written = (int) in.varlong();
            if (written > shape.types.length) {
                throw new IllegalArgumentException(raw.getSimpleName() + " written with " + written + " components, this reader knows "
                        + shape.types.length);
            }
            Object[] args = new Object[shape.types.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = i < written ? read(in, shape.types[i]) : shape.defaults[i];
            }
            return shape.create(args);
        } else if (Map.class.isAssignableFrom(raw)) {
            Type keyType = argument(type, 0);
            Type valueType = argument(type, 1);
            int size = (int) in.varlong();
            Map<Object, Object> map = new LinkedHashMap<>(Math.max(4, size * 4 / 3 + 1));
            for (int i = 0; i < size; i++) {
                Object key = read(in, keyType);
                map.put(key, read(in, valueType));
            }
            return Collections.unmodifiableMap(map);
        } else if (Set.class.isAssignableFrom(raw)) {
            Type elementType = argument(type, 0);
            int size = (int) in.varlong();
            Set<Object> set = new LinkedHashSet<>(Math.max(4, size * 4 / 3 + 1));
            for (int i = 0; i < size; i++) {
                set.add(read(in, elementType));
            }
            return Collections.unmodifiableSet(set);
        } else if (Collection.class.isAssignableFrom(raw)) {
            Type elementType = argument(type, 0);
            int size = (int) in.varlong();
            List<Object> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(read(in, elementType));
            }
            return Collections.unmodifiableList(list);
        } else if (JsonNode.class.isAssignableFrom(raw)) {
            return EventCodec.mapper().readTree(in.raw((int) in.varlong()));
        }
        throw new IllegalArgumentException("no binary form for " + raw.getName());
    }

    // ---- types

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static Class<?> trustedClass(String name) {
        return CLASSES.computeIfAbsent(name, n -> {
            if (TRUSTED_PACKAGES.stream().noneMatch(n::startsWith)) {
                throw new IllegalArgumentException("refusing to read a value of class " + n);
            }
            try {
                return Class.forName(n, false, RecordCodec.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("unknown class " + n, e);
            }
        });
    }

    private static Map<String, Object> constants(Class<?> enumType) {
        Map<String, Object> byName = new java.util.HashMap<>();
        for (Object constant : enumType.getEnumConstants()) {
            byName.put(((Enum<?>) constant).name(), constant);
        }
        return byName;
    }

    private static RecordShape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, RecordShape::new);
    }

    /** A record's components, accessors and canonical constructor, looked up once. */
    private static final class RecordShape {
        final Type[] types;
        final Object[] defaults;
        final MethodHandle[] accessors;
        final MethodHandle constructor;

        RecordShape(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            types = new Type[components.length];
            defaults = new Object[components.length];
            accessors = new MethodHandle[components.length];
            Class<?>[] parameterTypes = new Class<?>[components.length];
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getGenericType();
                    parameterTypes[i] = components[i].getType();
                    defaults[i] = defaultOf(components[i].getType());
                    var accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    accessors[i] = lookup.unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
                }
                var canonical = type.getDeclaredConstructor(parameterTypes);
                canonical.setAccessible(true);
                constructor = lookup.unreflectConstructor(canonical)
                        .asType(MethodType.methodType(Object.class, parameterTypes).generic())
                        .asSpreader(Object[].class, components.length);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot encode " + type.getName() + ": " + e.getMessage(), e);
            }
        }

        Object get(int index, Object record) {
            try {
                return accessors[index].invokeExact(record);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        Object create(Object[] args) {
            try {
                return constructor.invoke(args);
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        private static Object defaultOf(Class<?> type) {
            if (!type.isPrimitive()) {
                return null;
            }
            if (type == boolean.class) {
                return false;
            }
            if (type == long.class) {
                return 0L;
            }
            if (type == double.class) {
                return 0d;
            }
            if (type == float.class) {
                return 0f;
            }
            if (type == char.class) {
                return (char) 0;
            }
            if (type == short.class) {
                return (short) 0;
            }
            if (type == byte.class) {
                return (byte) 0;
            }
            return 0;
        }
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static final class Out {
        byte[] bytes = new byte[128];
        int size;

        void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        void byte1(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        void varlong(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        void fixed64(long v) {
            ensure(8);
            for (int i = 0; i < 8; i++) {
                bytes[size++] = (byte) (v >>> (8 * i));
            }
        }

        void raw(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }

        /** Length + 1 (0 is null), then UTF-8. */
        void string(String s) {
            int n = s.length();
            boolean ascii = true;
            for (int i = 0; i < n && ascii; i++) {
                ascii = s.charAt(i) < 0x80;
            }
            if (ascii) {
                varlong(n + 1L);
                ensure(n);
                for (int i = 0; i < n; i++) {
                    bytes[size++] = (byte) s.charAt(i);
                }
            } else {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                varlong(utf8.length + 1L);
                raw(utf8);
            }
        }
    }

    private static final class In {
        final byte[] bytes;
        int pos;

        In(byte[] bytes, int pos) {
            this.bytes = bytes;
            this.pos = pos;
        }

        int byte1() {
            check(1);
            return bytes[pos++];
        }

        long varlong() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                check(1);
                byte b = bytes[pos++];
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("malformed varint");
        }

        long fixed64() {
            check(8);
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v |= (bytes[pos++] & 0xFFL) << (8 * i);
            }
            return v;
        }

        byte[] raw(int n) {
            check(n);
            byte[] b = Arrays.copyOfRange(bytes, pos, pos + n);
            pos += n;
            return b;
        }

        String string() {
            long lengthPlusOne = varlong();
            if (lengthPlusOne == 0) {
                return null;
            }
            int n = (int) (lengthPlusOne - 1);
            check(n);
            String s = new String(bytes, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        private void check(int n) {
            if (n < 0 || pos + n > bytes.length) {
                throw new IllegalArgumentException("truncated value");
            }
        }
    }
}
