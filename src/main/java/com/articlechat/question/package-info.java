/**
 * What a question asks, read once per question: its normalised text and the kind of answer it
 * expects. Word lists and patterns are resource files ({@code question/*.yaml}), never one
 * article's names. Depends on {@code knowledge} only, for text normalisation.
 */
@ApplicationModule(allowedDependencies = {"knowledge"})
package com.articlechat.question;

import org.springframework.modulith.ApplicationModule;
