package com.articlechat.knowledge;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How articles are fetched from the web.
 *
 * @param timeout           connecting and reading one page; a stuck site must not hold a request thread
 * @param maxBodySize       pages are cut off after this many bytes, so a huge or endless body cannot fill memory
 * @param maxRedirects      redirects followed, each checked like the first URL, before giving up
 * @param allowPrivateHosts whether loopback and private-network hosts may be fetched; off, so the server
 *                          cannot be used to reach what only it can see (only tests turn it on)
 * @param userAgent         sent with every request, so a site can tell who is fetching
 */
@ConfigurationProperties("articlechat.import")
public record ImportProperties(Duration timeout, DataSize maxBodySize, int maxRedirects, boolean allowPrivateHosts,
        String userAgent) {
}
