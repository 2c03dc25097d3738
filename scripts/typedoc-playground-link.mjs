// typedoc plugin: links the API site to the playground page that scripts/build-playground.mjs
// writes into it (playground/index.html), with URLs relative to each page (typedoc's own
// `navigationLinks` take URLs as they are, which breaks a relative link on nested pages):
// - "Playground" in the header's toolbar and at the top of the sidebar, on every page;
// - the README's link to docs/playground/README.md (the page's source, on GitHub) becomes a
//   link to the built page on the front page, where typedoc renders the README.
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
    if (page.contents === undefined) return;
    const href = `${"../".repeat(page.url.split("/").length - 1)}${PAGE}`;
    page.contents = page.contents.replace('<div id="tsd-toolbar-links"></div>', `<div id="tsd-toolbar-links"><a href="${href}">Playground</a></div>`);
    // typedoc copies a relatively linked file into media/ and links the copy.
    if (page.url === "index.html") page.contents = page.contents.replace(/href="media\/README(?:-\d+)?\.md"/g, `href="${href}"`);
  });
}
