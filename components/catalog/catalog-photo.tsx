type CatalogPhotoProps = {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** Every photo but the first one on a page waits until it is near the screen. */
  lazy?: boolean;
  className?: string;
};

/**
 * A stored photo. Photos are already resized WebP files in two sizes (lib/images), served by
 * our own route, so a plain <img> with its real dimensions is all the browser needs.
 */
export function CatalogPhoto({ src, alt, width, height, lazy = true, className }: CatalogPhotoProps) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- already resized; next/image would re-encode it again
    <img
      src={src}
      alt={alt}
      width={width}
      height={height}
      loading={lazy ? "lazy" : "eager"}
      decoding="async"
      className={className}
    />
  );
}

/** Where there is no photo: a calm block with words, same shape as a photo would take. */
export function NoPhoto({ label, className = "" }: { label: string; className?: string }) {
  return (
    <div
      className={`flex flex-col items-center justify-center gap-2 rounded-md border border-dashed border-line bg-slate-50 p-4 text-center text-sm text-muted ${className}`}
    >
      <svg viewBox="0 0 24 24" className="size-8 text-slate-400" fill="none" aria-hidden="true">
        <path
          d="M4 6h16v12H4z M4 15l4-4 4 4 3-3 5 5 M15.5 9.5a1 1 0 1 0 0-.01"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      </svg>
      <span>{label}</span>
    </div>
  );
}
