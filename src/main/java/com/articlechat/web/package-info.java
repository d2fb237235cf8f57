/**
 * The HTTP surface: the REST API, its request and response records, RFC 9457 problem bodies, and
 * the security headers of the chat page. Depends on {@code conversation}, {@code answer},
 * {@code knowledge} and, for indexing progress, {@code retrieval}.
 */
@ApplicationModule(allowedDependencies = {"answer", "conversation", "knowledge", "retrieval"})
package com.articlechat.web;

import org.springframework.modulith.ApplicationModule;
