type CatalogPhotoProps = {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** Every photo but the first one on a page waits until it is near the screen. */
  lazy?: boolean;
  /** The page's largest picture on a phone (its LCP element): fetched before the scripts. */
  priority?: boolean;
  className?: string;
};

/**
 * A stored photo. Photos are already resized WebP files in two sizes (lib/images), served by
 * our own route, so a plain <img> with its real dimensions is all the browser needs.
 */
export function CatalogPhoto({ src, alt, width, height, lazy = true, priority = false, className }: CatalogPhotoProps) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- already resized; next/image would re-encode it again
    <img
      src={src}
      alt={alt}
      width={width}
      height={height}
      loading={lazy && !priority ? "lazy" : "eager"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={className}
    />
  );
}

/**
 * Where there is no photo: a calm block with words, same shape as a photo would take. Its picture
 * is drawn by .no-photo (app/globals.css), not repeated as an SVG in every card.
 */
export function NoPhoto({ label, className = "" }: { label: string; className?: string }) {
  return <div className={`no-photo ${className}`}>{label}</div>;
}
