// typedoc plugin: links the API site to the playground page that scripts/build-playground.mjs
// writes into it (playground/index.html).
// - A "Playground" link at the top of every page's sidebar. typedoc's own `navigationLinks`
//   take URLs as they are, which breaks a relative link on nested pages; this one is made
//   relative to each page.
// - The README's link to docs/playground/README.md (the page's source, on GitHub) becomes a
//   link to the built page on the site's front page, where typedoc renders the README.
import { JSX, PageEvent } from "typedoc";

const PAGE = "playground/index.html";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.renderer.hooks.on("sidebar.begin", (context) =>
    JSX.createElement(
      "nav",
      { id: "communique-playground-link", class: "tsd-navigation" },
      JSX.createElement("a", { href: context.relativeURL(PAGE) }, "Playground: try the parser in your browser"),
    ),
  );
  app.renderer.on(PageEvent.END, (page) => {
    if (page.url !== "index.html" || page.contents === undefined) return;
    // typedoc copies a relatively linked file into media/ and links the copy.
    page.contents = page.contents.replace(/href="media\/README(?:-\d+)?\.md"/g, `href="${PAGE}"`);
  });
}
