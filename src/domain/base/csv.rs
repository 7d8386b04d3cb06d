//! CSV cells and rows, written and read: every cell is quoted when needed
//! and never starts like a formula; reading accepts commas or semicolons.
//! The tables themselves are in [`crate::domain::formats::tables`] and
//! [`crate::domain::rules::cohort::table`].

use crate::domain::base::language::Language;
use crate::domain::base::messages::Messages;

/// A CSV cell: quoted when needed, and never starting with a character a
/// spreadsheet would run as a formula.
pub fn cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    // A semicolon is quoted too: files saved with semicolons are read as such.
    if text.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A CSV file as a spreadsheet in the reader's language opens it: commas
/// and decimal points in English; semicolons (and decimal commas, from
/// [`crate::domain::base::format`]) in German, French and Spanish, where a
/// comma is the decimal mark. The text starts with a byte order mark, so
/// Excel reads the accents as UTF-8.
pub struct Sheet {
    separator: char,
    text: String,
}

impl Sheet {
    /// An empty sheet for a reader of `language`.
    pub fn new(language: Language) -> Sheet {
        let separator = match language {
            Language::En => ',',
            Language::De | Language::Fr | Language::Es => ';',
        };
        Sheet {
            separator,
            text: String::from('\u{feff}'),
        }
    }

    /// Adds a row of cells already made safe with [`cell`].
    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) {
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                self.text.push(self.separator);
            }
            self.text.push_str(c.as_ref());
        }
        self.text.push_str("\r\n");
    }

    /// Adds a heading row written as one message (its names separated by
    /// commas in the language file).
    pub fn heading(&mut self, names: &str) {
        let cells: Vec<String> = names.split(',').map(|n| cell(n.trim())).collect();
        self.row(&cells);
    }

    /// The file's text.
    pub fn text(self) -> String {
        self.text
    }
}

/// A CSV file that cannot be read as rows (the one way it can fail: a
/// quoted cell that never closes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnreadableCsv {
    /// The row (from 1) where the open quote starts.
    pub row: usize,
}

impl UnreadableCsv {
    /// What is wrong, without the row, in `words`.
    pub fn message(words: &Messages) -> &'static str {
        words.csv_read_unclosed_quote()
    }

    /// What is wrong and where, in `words`.
    pub fn describe(&self, words: &Messages) -> String {
        words.csv_read_row(&self.row, &UnreadableCsv::message(words))
    }
}

/// Reads CSV text as rows of cells, as spreadsheets write it: quoted cells
/// may hold commas, quotes ("") and line breaks; CRLF or LF; a leading byte
/// order mark is skipped; files saved with semicolons (spreadsheets in
/// countries that write decimal commas) are read too. A cell that
/// [`cell`] protected from formulas gets its text back.
pub fn read_rows(text: &str) -> Result<Vec<Vec<String>>, UnreadableCsv> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let separator = separator_of(text);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell_text = String::new();
    let mut quoted = false;
    let mut quote_row = 0;
    let mut chars = text.chars().peekable();
    let finish_cell = |row: &mut Vec<String>, cell_text: &mut String| {
        let raw = std::mem::take(cell_text);
        row.push(unprotect(&raw));
    };
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell_text.push('"');
                }
                '"' => quoted = false,
                other => cell_text.push(other),
            }
            continue;
        }
        match c {
            '"' if cell_text.is_empty() => {
                quoted = true;
                quote_row = rows.len() + 1;
            }
            c if c == separator => finish_cell(&mut row, &mut cell_text),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                finish_cell(&mut row, &mut cell_text);
                rows.push(std::mem::take(&mut row));
            }
            other => cell_text.push(other),
        }
    }
    if quoted {
        return Err(UnreadableCsv { row: quote_row });
    }
    if !cell_text.is_empty() || !row.is_empty() {
        finish_cell(&mut row, &mut cell_text);
        rows.push(row);
    }
    Ok(rows)
}

/// The separator of a CSV text: a semicolon when the first row has
/// semicolons and no commas outside quoted cells, else a comma.
fn separator_of(text: &str) -> char {
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            '\n' | '\r' if !quoted => break,
            _ => {}
        }
    }
    if commas == 0 && semicolons > 0 {
        ';'
    } else {
        ','
    }
}

/// A cell's text without the apostrophe [`cell`] puts before a formula sign.
fn unprotect(raw: &str) -> String {
    match raw.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_string(),
        _ => raw.to_string(),
    }
}

/// Writes rows as CSV (CRLF line ends), each cell through [`cell`].
pub fn write_rows<I, R, S>(rows: I) -> String
where
    I: IntoIterator<Item = R>,
    R: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row.into_iter().map(|c| cell(c.as_ref())).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}
