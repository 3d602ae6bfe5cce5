/**
 * Bounds on input that validation enforces and the stages below hold to as
 * well, so content that gets past one check still cannot ask for more than a
 * machine has.
 */

/**
 * Pixels an image may have: a 100-megapixel panorama, far beyond any camera's photo. Decoding takes
 * 4 bytes a pixel, so a 20 MB file whose header claims 100,000 × 100,000 would ask for 40 GB.
 */
export const MAX_IMAGE_PIXELS = 100_000_000;
