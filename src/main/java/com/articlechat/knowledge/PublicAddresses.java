package com.articlechat.knowledge;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a URL may be fetched: http or https only, and, unless private hosts are allowed,
 * only hosts whose every address is on the public internet. Otherwise a client could make the server
 * read its own admin pages, the cloud metadata service or the office network for them.
 *
 * <p>The check resolves the host itself; the fetch resolves it again, so a DNS server that changes
 * its answer in between is not caught here.
 */
final class PublicAddresses {

    /** An authority ({@code //host}, with or without a scheme before it) that holds an '@'. */
    private static final Pattern USER_INFO = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?[/\\\\]{2}[^/\\\\?#]*@");

    private final boolean allowPrivateHosts;

    PublicAddresses(boolean allowPrivateHosts) {
        this.allowPrivateHosts = allowPrivateHosts;
    }

    /** Returns the URL as a URI if it may be fetched; throws {@link ImportRefusedException} otherwise. */
    URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new ImportRefusedException("'" + url + "' is not a valid URL: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ImportRefusedException("Only http and https URLs can be imported, not '" + url + "'.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new ImportRefusedException("The URL '" + url + "' has no host name.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new ImportRefusedException("URLs with a user name or password are not imported.");
        }
        if (!allowPrivateHosts) {
            for (InetAddress address : resolve(uri.getHost())) {
                if (isPrivate(address)) {
                    throw new ImportRefusedException("The host " + uri.getHost() + " is a loopback, private,"
                            + " link-local or multicast address (" + address.getHostAddress() + "); only public"
                            + " web sites can be imported.");
                }
            }
        }
        return uri;
    }

    /** Refuses a URL, possibly relative, whose authority carries a user name or password. */
    void checkNoUserInfo(String url) {
        if (USER_INFO.matcher(url.strip()).find()) {
            throw new ImportRefusedException("URLs with a user name or password are not imported, and neither are"
                    + " redirects to them.");
        }
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new ImportFailedException("The host " + host + " could not be resolved.", e);
        }
    }

    /** Whether an address belongs to this machine or a network that is not the public internet. */
    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0                                   // 0.0.0.0/8, "this network"
                    || first == 100 && (second & 0xc0) == 64     // 100.64.0.0/10, carrier-grade NAT
                    || first >= 240;                             // 240.0.0.0/4 reserved, and broadcast
        }
        if (address instanceof Inet6Address v6) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;                                     // fc00::/7, unique local
            }
            if ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xc0) == 0xc0) {
                return true;                                     // fec0::/10, old site-local
            }
            if (v6.isIPv4CompatibleAddress() || isNat64(bytes)) {
                return isPrivate(embeddedIpv4(bytes));
            }
        }
        return false;
    }

    private static boolean isNat64(byte[] bytes) {
        // 64:ff9b::/96 carries an IPv4 address in its last four bytes.
        if (bytes.length != 16 || bytes[0] != 0 || bytes[1] != 0x64 || (bytes[2] & 0xff) != 0xff
                || (bytes[3] & 0xff) != 0x9b) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress embeddedIpv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
