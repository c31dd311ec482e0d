//! HTML pages in: a real HTML5 parser (html5ever, through `scraper`) turns a saved page into the
//! text a reader sees, so that offsets, sentences and the `sentence` column hold no markup.
//! Entities are decoded (`&nbsp;` stays a no-break space, which French amounts use), scripts,
//! styles, navigation, headers, footers, asides and forms are dropped, block elements end
//! paragraphs, and the `<article>` with the most prose (else `<main>`, else the densest prose of
//! `<body>`) is preferred, after the page's `<title>`. The publication date and the site's name are kept as document fields.

use scraper::{ElementRef, Html, Node, Selector};
use std::sync::LazyLock;

/// A page turned into text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// The text findings' offsets refer to: the title, a blank line, then the content.
    pub text: String,
    pub title: Option<String>,
    /// `article:published_time`, `date`, `dc.date`, `pubdate` or a `<time datetime>`.
    pub published: Option<String>,
    /// `og:site_name`.
    pub site_name: Option<String>,
}

/// Elements whose content a reader never sees as the article.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "svg", "iframe", "object", "head",
];

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "figure",
    "figcaption",
    "address",
    "hr",
    "caption",
    "details",
    "summary",
    "body",
];

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("static selector")
}

static ARTICLE: LazyLock<Selector> = LazyLock::new(|| selector("article"));
static MAIN: LazyLock<Selector> = LazyLock::new(|| selector("main, [role=main]"));
static BODY: LazyLock<Selector> = LazyLock::new(|| selector("body"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static META: LazyLock<Selector> = LazyLock::new(|| selector("meta"));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time[datetime]"));

/// The text and fields of an HTML page.
pub fn page(html: &str) -> Page {
    let document = Html::parse_document(html);
    let root = document.root_element();
    let content = longest_article(root)
        .or_else(|| root.select(&MAIN).next())
        .or_else(|| root.select(&BODY).next().map(densest))
        .unwrap_or(root);
    let mut text = Text::default();
    walk(content, &mut text);
    let body = text.finish();
    let title = root
        .select(&TITLE)
        .next()
        .map(|t| collapse(&t.text().collect::<String>()))
        .filter(|t| !t.is_empty());
    let meta = |names: &[&str]| {
        root.select(&META).find_map(|m| {
            let e = m.value();
            let key = e.attr("property").or_else(|| e.attr("name"))?;
            names
                .iter()
                .any(|n| key.eq_ignore_ascii_case(n))
                .then(|| e.attr("content").map(collapse))
                .flatten()
                .filter(|c| !c.is_empty())
        })
    };
    let published = meta(&[
        "article:published_time",
        "date",
        "dc.date",
        "pubdate",
        "dcterms.date",
    ])
    .or_else(|| {
        root.select(&TIME)
            .next()
            .and_then(|t| t.value().attr("datetime").map(collapse))
    });
    let site_name = meta(&["og:site_name"]);
    // The title is a headline readers see, unless the content starts with it already.
    let text = match &title {
        Some(t) if !body.starts_with(t.as_str()) => format!("{t}\n\n{body}"),
        _ => body,
    };
    Page {
        text,
        title,
        published,
        site_name,
    }
}

/// The page's `<article>`; among several (teasers of other stories, a related article), the one
/// with the most paragraph text, the first among equals. Articles inside an article (comments)
/// are part of it.
fn longest_article(root: ElementRef) -> Option<ElementRef> {
    let mut best: Option<(usize, ElementRef)> = None;
    for article in root.select(&ARTICLE) {
        let nested = article.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| e.name() == "article")
        });
        if nested {
            continue;
        }
        let prose = article
            .descendants()
            .filter(|n| is_p(n.value()) && !n.ancestors().any(|a| is_dropped(a.value())))
            .filter_map(ElementRef::wrap)
            .map(prose_of)
            .sum::<usize>();
        if best.is_none_or(|(most, _)| prose > most) {
            best = Some((prose, article));
        }
    }
    best.map(|(_, article)| article)
}

/// The part of a page without `<article>` or `<main>` that holds its prose: the element whose
/// paragraphs (`<p>` of 25 characters or more, and longer bare text) hold the most text, each
/// paragraph counting fully for its parent and half for its grandparent, as readability.js
/// scores them. Sidebars, "most read" lists and subscription offers are lists of short links,
/// so they lose. A body with less than [`PROSE`] characters of paragraphs is kept whole:
/// short pages and pages without paragraphs lose nothing.
fn densest(body: ElementRef) -> ElementRef {
    let mut scores = std::collections::HashMap::new();
    for node in body.descendants() {
        let length = match node.value() {
            Node::Element(e) if e.name() == "p" => ElementRef::wrap(node).map_or(0, prose_of),
            // Prose written straight into a `<div>`, lines cut by `<br>`.
            Node::Text(t) if node.parent().is_some_and(|p| !is_p(p.value())) => {
                let n = t.trim().chars().count();
                if n >= 80 { n } else { 0 }
            }
            _ => 0,
        };
        if length < 25 || node.ancestors().any(|a| is_dropped(a.value())) {
            continue;
        }
        if let Some(parent) = node.parent() {
            *scores.entry(parent.id()).or_insert(0) += length;
            if let Some(grand) = parent.parent() {
                *scores.entry(grand.id()).or_insert(0) += length / 2;
            }
        }
    }
    scores
        .into_iter()
        .filter(|&(_, score)| score >= PROSE)
        // The highest score, the first in the page among equals.
        .max_by_key(|&(id, score)| (score, std::cmp::Reverse(id)))
        .and_then(|(id, _)| body.tree().get(id).and_then(ElementRef::wrap))
        .unwrap_or(body)
}

/// The characters of a paragraph's text, its runs trimmed.
fn prose_of(p: ElementRef) -> usize {
    p.text().map(|t| t.trim().chars().count()).sum()
}

fn is_p(node: &Node) -> bool {
    node.as_element().is_some_and(|e| e.name() == "p")
}

fn is_dropped(node: &Node) -> bool {
    node.as_element()
        .is_some_and(|e| DROPPED.contains(&e.name()) || e.attr("hidden").is_some())
}

/// Paragraph text below which a page without `<article>` is read whole.
const PROSE: usize = 400;

/// Text built with HTML's white-space rules: runs of ASCII white space are one space, no-break
/// spaces are kept, paragraphs are separated by one blank line, `<br>` is a line break.
#[derive(Default)]
struct Text {
    out: String,
    /// A space is owed before the next word.
    space: bool,
    /// Line breaks owed before the next word (1: `<br>`, 2: a paragraph).
    breaks: usize,
}

impl Text {
    fn word_chars(&mut self, s: &str) {
        for c in s.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
                self.space = true;
            } else {
                if !self.out.is_empty() {
                    if self.breaks > 0 {
                        self.out
                            .push_str(if self.breaks > 1 { "\n\n" } else { "\n" });
                    } else if self.space {
                        self.out.push(' ');
                    }
                }
                self.breaks = 0;
                self.space = false;
                self.out.push(c);
            }
        }
    }

    fn preformatted(&mut self, s: &str) {
        if !self.out.is_empty() && self.breaks > 0 {
            self.out
                .push_str(if self.breaks > 1 { "\n\n" } else { "\n" });
        }
        self.breaks = 0;
        self.space = false;
        self.out.push_str(s.trim_end_matches('\n'));
    }

    fn block(&mut self) {
        self.breaks = 2;
    }

    fn line(&mut self) {
        self.breaks = self.breaks.max(1);
    }

    fn finish(self) -> String {
        self.out
    }
}

fn walk(element: ElementRef, text: &mut Text) {
    for child in element.children() {
        match child.value() {
            Node::Text(t) => {
                if element.value().name() == "pre" {
                    text.preformatted(t);
                } else {
                    text.word_chars(t);
                }
            }
            Node::Element(e) => {
                let name = e.name();
                if DROPPED.contains(&name) || e.attr("hidden").is_some() {
                    continue;
                }
                if name == "br" {
                    text.line();
                    continue;
                }
                let block = BLOCKS.contains(&name);
                if block {
                    text.block();
                }
                if let Some(inner) = ElementRef::wrap(child) {
                    walk(inner, text);
                }
                if block {
                    text.block();
                } else if matches!(name, "td" | "th") {
                    text.word_chars(" ");
                }
            }
            _ => {}
        }
    }
}

fn collapse(s: &str) -> String {
    s.split(|c: char| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when a file name says HTML (`.html`, `.htm`, `.xhtml`).
pub fn is_html_path(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "html" | "htm" | "xhtml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_blocks_and_dropped_parts() {
        let html = "<html><head><title>Aide régionale</title><meta property=\"og:site_name\" content=\"La Gazette\"><meta property=\"article:published_time\" content=\"2024-05-02\"><script>var x = '3 M€';</script><style>p{}</style></head>\
            <body><nav>Accueil 10 €</nav><header>Abonnez-vous</header><article><h1>Aide régionale</h1><p>La R&eacute;gion a vers&eacute; 3&nbsp;000&nbsp;&euro; <b>aux</b>\n   communes.</p><p>Puis 2,5&#8239;M&euro;.<br>Fin</p><aside>Pub 5 €</aside></article><footer>© 2024</footer></body></html>";
        let p = page(html);
        assert_eq!(
            p.text,
            "Aide régionale\n\nLa Région a versé 3\u{a0}000\u{a0}€ aux communes.\n\nPuis 2,5\u{202f}M€.\nFin"
        );
        assert_eq!(p.title.as_deref(), Some("Aide régionale"));
        assert_eq!(p.site_name.as_deref(), Some("La Gazette"));
        assert_eq!(p.published.as_deref(), Some("2024-05-02"));
    }

    #[test]
    fn main_or_body_without_an_article_and_the_title_first() {
        let p =
            page("<title>Budget</title><body><div>Le budget : 12 M€.</div><div>Fin.</div></body>");
        assert_eq!(p.text, "Budget\n\nLe budget : 12 M€.\n\nFin.");
        let p = page("<body><nav>x</nav><main><p>Un.</p></main><p>Hors.</p></body>");
        assert_eq!(p.text, "Un.");
    }

    #[test]
    fn without_an_article_the_prose_is_preferred_to_lists_of_links() {
        let prose =
            "La Région a versé 3 000 € aux communes du littoral pour leurs digues. ".repeat(4);
        let html = format!(
            "<body><div class=\"top\"><ul><li><a>Offre : 1 € le premier mois</a></li>\
             <li><a>777 000 dollars, le prix d’un tableau</a></li></ul></div>\
             <div id=\"texte\"><p>{prose}</p><p>{prose}</p></div>\
             <div><p>Abonnez-vous à partir de 1 €</p></div></body>"
        );
        let text = page(&html).text;
        assert!(text.starts_with("La Région a versé"), "{text}");
        assert!(
            !text.contains("dollars") && !text.contains("Abonnez"),
            "{text}"
        );
        // A short page keeps all of its body: too little prose to tell the article apart.
        let short = page("<body><ul><li>Offre : 1 €</li></ul><p>Le budget : 12 M€.</p></body>");
        assert_eq!(short.text, "Offre : 1 €\n\nLe budget : 12 M€.");
    }

    #[test]
    fn among_several_articles_the_one_with_the_most_prose() {
        let html = "<body><article><h2>À lire aussi</h2><p>Un prêt de 5 M€.</p></article>\
            <article><h1>Le budget</h1><p>La Région votera 12 M€ pour les lycées.</p>\
            <p>Et 3 M€ pour les routes du département.</p>\
            <article><p>Un commentaire de lecteur.</p></article></article></body>";
        let text = page(html).text;
        assert!(
            text.starts_with("Le budget\n\nLa Région votera 12 M€"),
            "{text}"
        );
        assert!(
            text.contains("commentaire") && !text.contains("5 M€"),
            "{text}"
        );
    }

    #[test]
    fn broken_markup_is_read_as_a_browser_would() {
        let p = page("<p>Un <b>gras <i>et</b> italique</i> 5 €<p>Deux &amp c &lt;d&gt;");
        assert_eq!(p.text, "Un gras et italique 5 €\n\nDeux & c <d>");
    }
}
