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
