//! The chart palette mirrors the stylesheet's design tokens: a chart, a chip
//! and a table cell of the same thing share one colour, in both schemes.

use align180::charts::palette::{Palette, Scheme};
use align180::domain::rules::comparison::GapLabel;

/// The value of `--name` in the first `:root` block of `css` after `from`.
fn token(css: &str, from: &str, name: &str) -> String {
    let start = css
        .find(from)
        .unwrap_or_else(|| panic!("no {from} in the stylesheet"));
    let root = css[start..]
        .find(":root {")
        .unwrap_or_else(|| panic!("no :root after {from}"));
    let block = &css[start + root..];
    let block = &block[..block.find('}').unwrap_or(block.len())];
    let needle = format!("--{name}:");
    let at = block
        .find(&needle)
        .unwrap_or_else(|| panic!("--{name} is not defined in {from}"));
    block[at + needle.len()..]
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_string()
}

#[test]
fn the_chart_palette_is_the_stylesheets_tokens() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css"))
        .unwrap_or_else(|e| panic!("style/main.css: {e}"));
    for (scheme, block) in [
        (Scheme::Light, "/* --"),
        (Scheme::Dark, "@media (prefers-color-scheme: dark)"),
    ] {
        let palette = Palette::for_scheme(scheme);
        let pairs = [
            ("text", palette.text),
            ("muted", palette.muted),
            ("border", palette.grid),
            ("surface", palette.surface),
            ("self", palette.leader),
            ("manager", palette.manager),
            ("team", palette.team),
        ];
        for (name, colour) in pairs {
            assert_eq!(token(&css, block, name), colour, "--{name} in {scheme:?}");
        }
        for label in GapLabel::ALL {
            assert_eq!(
                token(&css, block, &format!("label-{}", label.key())),
                palette.label(label),
                "--label-{} in {scheme:?}",
                label.key()
            );
        }
    }
    // Paper uses the light colours, whatever the screen shows.
    assert_eq!(
        token(&css, "@media print {", "self"),
        Palette::for_paper().leader
    );
}
