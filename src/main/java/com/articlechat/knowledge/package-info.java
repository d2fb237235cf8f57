/**
 * Articles: reading files from the knowledge folder, front matter, normalisation, paragraph and
 * sentence numbering with exact offsets, and content versions. Depends on nothing else of ours.
 */
@ApplicationModule(allowedDependencies = {})
package com.articlechat.knowledge;

import org.springframework.modulith.ApplicationModule;
