package org.cadretraining.platform.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports for a platform under test, chosen below the kernel's ephemeral range. A port chosen anywhere (as
 * TestSocketUtils does) can be taken, between the choice and the bind, by a client connection's own local port or
 * by the broker and database that bind port 0 first: the platform then fails with "Port … is already in use".
 */
public final class FreePorts {
    private static final int LOWEST = 10_000;

    private FreePorts() {
    }

    /**
     * Each port once per JVM: a port is free again as soon as its probe closes, so two calls before the platform binds
     * could get the same one (the packaged test once gave the identity provider and the broker one port).
     */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    public static int next() {
        int ceiling = ephemeralStart();
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, ceiling);
            if (HANDED_OUT.contains(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("localhost"))) {
                socket.setReuseAddress(true);
                if (HANDED_OUT.add(port)) {
                    return port;
                }
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("No free port between " + LOWEST + " and " + ceiling);
    }

    /** The first port the kernel hands out to clients and to port 0 (32768 on Linux by default). */
    private static int ephemeralStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            int start = Integer.parseInt(range.split("\\s+")[0]);
            return start > LOWEST + 1_000 ? start : 32_768;
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }
}
