/** Tells the editor they are looking at a draft, with a way out. */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <div className="preview-banner" role="status">
      <div className="container">
        <strong>Preview:</strong> you are looking at a draft that visitors cannot see.{" "}
        <a href={`/api/preview/exit?path=${encodeURIComponent(path)}`}>Leave preview</a>
      </div>
    </div>
  );
}
