//! What the printed page carries beyond the page itself: a running header
//! (the report's name and cycle) in the top margin of every page, as a CSS
//! `@page` margin box. It is added through the CSS object model, which the
//! page's Content-Security-Policy allows (it refuses inline `<style>`).

use crate::web::browser::document;
use wasm_bindgen::JsCast;

/// A CSS string literal of `text`: quotes, backslashes and line breaks escaped.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The app's own stylesheet (the first one the page links).
fn sheet() -> Option<web_sys::CssStyleSheet> {
    let sheets = document()?.style_sheets();
    (0..sheets.length())
        .filter_map(|i| sheets.item(i))
        .find_map(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
}

/// Prints `text` at the top of every printed page.
pub fn set_running_header(text: &str) {
    clear_running_header();
    let Some(sheet) = sheet() else { return };
    let rule = format!(
        "@page {{ @top-left {{ content: {}; font: 9pt system-ui, sans-serif; color: #52606d; }} }}",
        css_string(text)
    );
    let end = sheet.css_rules().map(|r| r.length()).unwrap_or(0);
    // Browsers without page margin boxes refuse the rule: then there is no header.
    let _ = sheet.insert_rule_with_index(&rule, end);
}

/// Removes the running header (when the report closes).
pub fn clear_running_header() {
    let Some(sheet) = sheet() else { return };
    let Ok(rules) = sheet.css_rules() else { return };
    for i in (0..rules.length()).rev() {
        let ours = rules
            .item(i)
            .map(|r| r.css_text())
            .is_some_and(|css| css.starts_with("@page") && css.contains("top-left"));
        if ours {
            let _ = sheet.delete_rule(i);
        }
    }
}

/// Numbers every printed page in the reader's words ("Page 2 of 6",
/// "Seite 2 von 6"): `template` is the message with `{page}` and `{pages}`
/// already replaced by the markers [`PAGE`] and [`PAGES`]. Replaces the
/// stylesheet's English numbering and any earlier language's.
pub fn set_page_numbers(template: &str) {
    let Some(sheet) = sheet() else { return };
    if let Ok(rules) = sheet.css_rules() {
        for i in (0..rules.length()).rev() {
            let ours = rules.item(i).map(|r| r.css_text()).is_some_and(|css| {
                css.starts_with("@page")
                    && css.contains("bottom-right")
                    && css.contains("counter(pages)")
                    && !css.contains("size:")
            });
            if ours {
                let _ = sheet.delete_rule(i);
            }
        }
    }
    let mut content = Vec::new();
    let mut rest = template;
    while let Some(at) = rest.find([PAGE, PAGES]) {
        if at > 0 {
            content.push(css_string(&rest[..at]));
        }
        let marker = rest[at..].chars().next().unwrap_or(PAGE);
        content.push(
            if marker == PAGE {
                "counter(page)"
            } else {
                "counter(pages)"
            }
            .to_string(),
        );
        rest = &rest[at + marker.len_utf8()..];
    }
    if !rest.is_empty() {
        content.push(css_string(rest));
    }
    let rule = format!(
        "@page {{ @bottom-right {{ content: {}; font-family: system-ui, sans-serif; font-size: 8pt; color: #3a4550; }} }}",
        content.join(" ")
    );
    let end = sheet.css_rules().map(|r| r.length()).unwrap_or(0);
    let _ = sheet.insert_rule_with_index(&rule, end);
}

/// Stands for the page's number in [`set_page_numbers`]'s template.
pub const PAGE: char = '\u{1}';
/// Stands for the number of pages in [`set_page_numbers`]'s template.
pub const PAGES: char = '\u{2}';
