/** The documentation a question relies on; each link opens in the user's browser. */
export function References({ urls }: { readonly urls: readonly string[] }) {
  return (
    <div class="references">
      <h4>References</h4>
      <ul>
        {urls.map((url) => <li key={url}><a href={url} class="reference-link">{url}</a></li>)}
      </ul>
    </div>
  );
}
