package com.articlechat.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose every endpoint needs the admin bearer token. The check is tied to the
 * handler, not to a URL pattern, so no other spelling of the path can reach the handler unchecked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface RequiresAdminToken {
}
