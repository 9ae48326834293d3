/**
 * Where content lives. PRESS_CONTENT_DIR points the build at another tree
 * (the test fixtures, the benchmark corpus); the default is `content/`.
 */
export const contentDir = process.env.PRESS_CONTENT_DIR ?? 'content';
