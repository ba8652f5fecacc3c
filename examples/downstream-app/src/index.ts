export { autoTag, type AutoTagOptions, type AutoTagResult } from "./auto-tagger.js";
export { matchingTags, type TagRule } from "./tag-rules.js";
