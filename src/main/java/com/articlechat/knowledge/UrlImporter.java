package com.articlechat.knowledge;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;

import javax.net.ssl.SSLException;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * Fetches a news page and extracts its article. Redirects are followed here rather than by jsoup,
 * so that every hop passes the same checks as the URL the client gave.
 */
@Component
public class UrlImporter {

    private final ImportProperties properties;
    private final PublicAddresses addresses;

    public UrlImporter(ImportProperties properties) {
        this.properties = properties;
        this.addresses = new PublicAddresses(properties.allowPrivateHosts());
    }

    /**
     * Returns the article at {@code url}. Throws {@link ImportRefusedException} for a URL that may
     * not be fetched, {@link ImportFailedException} when the site does not deliver the page, and
     * {@link NoArticleFoundException} when the page holds no article.
     */
    public ExtractedArticle fetch(String url) {
        Connection.Response response = get(url);
        String contentType = response.contentType() == null ? "" : response.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("text/html") && !contentType.startsWith("application/xhtml+xml")) {
            throw new NoArticleFoundException("The page at " + response.url() + " is not HTML (Content-Type '"
                    + response.contentType() + "'), so no article can be read from it.");
        }
        long limit = properties.maxBodySize().toBytes();
        // jsoup cuts a body off at its limit without a word; reading one byte more tells a cut page from a whole one.
        if (response.bodyAsBytes().length > limit) {
            throw new PageTooLargeException("The page at " + response.url() + " is larger than " + limit
                    + " bytes (articlechat.import.max-body-size), so it was not imported: only part of it could be"
                    + " read.");
        }
        Document page;
        try {
            page = response.parse();
        } catch (IOException e) {
            throw new ImportFailedException("Reading the page at " + response.url() + " failed: " + e.getMessage(), e);
        }
        return HtmlArticles.extract(page);
    }

    private Connection.Response get(String url) {
        URI current = addresses.check(url);
        for (int redirects = 0; ; redirects++) {
            Connection.Response response = execute(current);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.hasHeader("Location")) {
                if (redirects == properties.maxRedirects()) {
                    throw new ImportRefusedException("The URL " + url + " redirects more than "
                            + properties.maxRedirects() + " times; import the page it finally shows instead.");
                }
                String location = response.header("Location");
                // Resolving drops a user name and password; a redirect to them is refused as the URL itself would be.
                addresses.checkNoUserInfo(location);
                current = addresses.check(redirectTarget(current, location));
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new ImportFailedException("The site answered HTTP " + status + " for " + current + ".", null);
            }
            return response;
        }
    }

    private static String redirectTarget(URI from, String location) {
        // jsoup's resolver, not URI.resolve, which mangles relative paths against "http://host" with no path.
        String target = StringUtil.resolve(from.toString(), location.strip());
        if (target.isEmpty()) {
            throw new ImportFailedException("The site redirected to '" + location + "', which is not a URL.", null);
        }
        return target;
    }

    private Connection.Response execute(URI uri) {
        try {
            return Jsoup.connect(uri.toString())
                    .userAgent(properties.userAgent())
                    .timeout(Math.toIntExact(properties.timeout().toMillis()))
                    .maxBodySize(Math.toIntExact(properties.maxBodySize().toBytes() + 1))
                    .followRedirects(false)
                    .ignoreHttpErrors(true)
                    .ignoreContentType(true)
                    .execute();
        } catch (SocketTimeoutException | HttpTimeoutException e) {
            throw new ImportFailedException("The site at " + uri.getHost() + " did not answer within "
                    + properties.timeout().toSeconds() + " s.", e);
        } catch (ConnectException e) {
            throw new ImportFailedException("The site at " + uri.getHost() + " refused the connection.", e);
        } catch (UnknownHostException e) {
            throw new ImportFailedException("The host " + uri.getHost() + " could not be resolved.", e);
        } catch (SSLException e) {
            throw new ImportFailedException("A secure connection to " + uri.getHost() + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportFailedException("Fetching " + uri + " failed: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ImportRefusedException("'" + uri + "' is not a URL that can be fetched: " + e.getMessage());
        }
    }
}
