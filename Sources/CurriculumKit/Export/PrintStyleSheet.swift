/// The style sheet every exported HTML file carries inline: a calm document on screen, a single
/// column on a phone, and A4 pages in print with one exercise per page.
///
/// Print rules: `@page` sets A4 and the margins and puts the page number at the bottom right
/// (`HTMLRenderer` adds the document's title at the bottom left). Chromium 131 and later draw these
/// `@page` margin boxes; older Chromium and Firefox leave the bottom empty and Safari ignores them;
/// the cover page has none. `.page`
/// sections start a new page; headings avoid being the last line of a page; list items, table
/// rows and the label–value blocks do not split. Colours print as they show
/// (`print-color-adjust: exact`) so the agenda's quiet rows stay grey.
enum PrintStyleSheet {
    static let css = """
        :root {
          --ink: #1f2530; --muted: #5b6472; --line: #d9dde3; --soft: #f3f5f7;
          --accent: #0b6b66; --accent-soft: #e3f1ef;
          font-family: "Source Sans 3", "Noto Sans", "DejaVu Sans", "Segoe UI", system-ui, -apple-system, sans-serif;
          color: var(--ink); background: #fff; line-height: 1.5;
          -webkit-text-size-adjust: 100%; text-size-adjust: 100%;
        }
        * { box-sizing: border-box; }
        body { margin: 0; padding: 2rem 1rem 4rem; background: #eef0f3; }
        main { max-width: 46rem; margin: 0 auto; }
        main > header, main > section, main > article, main > nav {
          background: #fff; border-radius: 10px; box-shadow: 0 1px 3px rgba(20, 30, 50, .12);
          padding: 2rem 2.25rem; margin: 0 0 1.25rem;
        }
        main > section.module { padding-top: 2.25rem; }
        h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.4em 0 .5em; color: var(--ink); }
        h1 { font-size: 2.1rem; margin-top: .3em; letter-spacing: -.01em; }
        h2 { font-size: 1.45rem; }
        h3 { font-size: 1.05rem; color: var(--accent); text-transform: uppercase; letter-spacing: .04em; }
        h4 { font-size: 1.05rem; }
        h5, h6 { font-size: .98rem; }
        article h3, article h4, article h5, article h6 {
          font-size: .82rem; color: var(--accent); text-transform: uppercase; letter-spacing: .06em;
          margin: 1.3em 0 .35em; padding-bottom: .15em; border-bottom: 1px solid var(--accent-soft);
        }
        section.module > section.topic > h3 { font-size: 1.25rem; text-transform: none; letter-spacing: 0; color: var(--ink); border-top: 3px solid var(--accent); padding-top: .6em; }
        section.level > h4 { color: var(--accent); }
        article .title {
          font-size: 1.3rem; color: var(--ink); text-transform: none; letter-spacing: 0; border: 0;
          margin: .2em 0 .3em; padding: 0;
        }
        section.part > article { border-top: 1px solid var(--line); margin-top: 1.5em; padding-top: .6em; }
        section.module article { border-top: 1px solid var(--line); margin-top: 1.4em; padding-top: .3em; }
        section.module article .title { font-size: 1.08rem; }
        article .title + dl { margin-top: .4em; }
        main > * > h1:first-child, main > * > h2:first-child, main > * > p:first-child + h1, main > * > p:first-child + h2 { margin-top: .2em; }
        p { margin: .45em 0; }
        p.lead { font-size: 1.12rem; color: var(--muted); margin-top: 0; }
        p.small { font-size: .85rem; color: var(--muted); }
        header.cover p.small:first-child, article > p.small:first-child {
          text-transform: uppercase; letter-spacing: .08em; font-size: .74rem; color: var(--accent); font-weight: 600; margin: 0;
        }
        header.cover { border-top: 8px solid var(--accent); }
        a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
        code { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: .92em; background: var(--soft); padding: 0 .25em; border-radius: 3px; }
        ul, ol { margin: .4em 0; padding-left: 1.5rem; }
        li { margin: .25em 0; }
        li > ul, li > ol { margin: .2em 0; }
        .aside {
          display: inline-block; font-size: .8rem; color: var(--accent); background: var(--accent-soft);
          border-radius: 999px; padding: 0 .55em; margin-left: .3em; white-space: nowrap; font-variant-numeric: tabular-nums;
        }
        article ol > li::marker { color: var(--accent); font-weight: 700; }
        ul.checks { list-style: none; padding-left: 0; }
        ul.checks > li { display: flex; gap: .6em; align-items: baseline; padding: .3em 0; border-bottom: 1px solid var(--soft); margin: 0; }
        ul.checks > li > .text { flex: 1; }
        .box { flex: none; width: .9em; height: .9em; border: 1.5px solid var(--muted); border-radius: 2px; transform: translateY(.12em); }
        dl.details { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1.2em; margin: .8em 0 1em; }
        dl.details > div { display: contents; }
        dt { color: var(--muted); font-size: .9rem; padding-top: .05em; }
        dd { margin: 0; font-weight: 600; }
        header.cover dl.details { margin-top: 1.6em; font-size: 1.05rem; }
        .table { overflow-x: auto; margin: .6em 0 1em; }
        table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
        th, td { text-align: left; vertical-align: top; padding: .45em .6em; border-bottom: 1px solid var(--line); }
        thead th { white-space: nowrap; font-size: .78rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); border-bottom: 2px solid var(--ink); }
        tbody th { font-weight: 600; white-space: nowrap; }
        .num { text-align: right; white-space: nowrap; }
        tr.quiet th, tr.quiet td { color: var(--muted); background: var(--soft); font-weight: 400; }
        section.agenda td a { color: var(--ink); text-decoration: none; }
        section.agenda td a strong { color: var(--accent); margin-right: .15em; }
        nav.contents > ul { list-style: none; padding-left: 0; }
        nav.contents > ul > li { font-weight: 600; margin-top: .6em; }
        nav.contents li li { font-weight: 400; }
        .lines { margin-top: 1.5em; }
        .line { height: 2.1em; border-bottom: 1px solid var(--line); }
        @media (max-width: 40rem) {
          body { padding: 0; background: #fff; }
          main > header, main > section, main > article, main > nav { border-radius: 0; box-shadow: none; padding: 1.25rem 1rem; margin: 0; border-bottom: 6px solid var(--soft); }
          h1 { font-size: 1.6rem; }
          dl.details { grid-template-columns: 1fr; gap: 0; }
          dd { margin-bottom: .4em; }
          .aside { display: table; margin: .15em 0 0; }
          table { font-size: .92rem; }
          th, td { padding: .4em .3em; }
          tbody th { white-space: normal; width: 5.2em; }
          thead th { letter-spacing: 0; }
        }
        @page {
          size: A4;
          margin: 14mm 16mm 15mm;
          @bottom-right { content: counter(page); font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #5b6472; }
        }
        @page :first { @bottom-right { content: none; } @bottom-left { content: none; } }
        @media print {
          :root { font-size: 9.8pt; line-height: 1.36; }
          li { margin: .12em 0; }
          p { margin: .3em 0; }
          article h3, article h4, article h5, article h6 { margin: .95em 0 .25em; }
          dl.details { margin: .5em 0 .6em; }
          body { background: #fff; padding: 0; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          main { max-width: none; }
          main > header, main > section, main > article, main > nav { box-shadow: none; border-radius: 0; padding: 0; margin: 0 0 1.2em; }
          header.cover { border-top: 6px solid var(--accent); padding-top: 1.5em; }
          article.exercise.page { border-top: 3px solid var(--accent); padding-top: .7em; }
          header.cover h1 { font-size: 2.3rem; }
          .page { break-before: page; }
          h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
          li, tr, dl.details, p.small { break-inside: avoid; }
          section.part > article { break-inside: avoid; }
          p, li { orphans: 3; widows: 3; }
          a { color: inherit; text-decoration: none; }
          .table { overflow: visible; }
          thead { display: table-header-group; }
          section.notes { height: 100%; }
          .line { height: 2.3em; }
        }

        """
}
