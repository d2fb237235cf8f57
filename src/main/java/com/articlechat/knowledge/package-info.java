/**
 * Articles: reading files from the knowledge folder, front matter, normalisation, paragraph and
 * sentence numbering with exact offsets, and content versions. Depends on nothing else of ours.
 */
package com.articlechat.knowledge;
