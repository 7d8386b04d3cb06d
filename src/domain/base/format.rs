//! One text for every figure, in the reader's language. Charts, tables, the printed report and the
//! cohort dashboard all format numbers here, so a chart label and the table
//! cell it stands for are always the same string: one decimal for means and
//! gaps, rounded half away from zero (3.25 → 3.3, −1.25 → −1.3), a true minus
//! sign (U+2212) on screen and paper, whole percentages. CSV keeps plain
//! numbers (ASCII hyphen-minus) so spreadsheets read them as numbers.

use crate::domain::base::language::Language;
use crate::domain::base::messages::Messages;

/// The minus sign people see on screen and paper.
pub const MINUS: char = '\u{2212}';

/// Binary floating point stores 3.25 exactly but 1.15 as 1.1499…: this
/// tolerance lets a value that is a half in decimal round away from zero.
const HALF_TOLERANCE: f64 = 1e-9;

/// Rounds to `decimals` places, half away from zero (3.25 → 3.3, −1.25 → −1.3,
/// 1.15 → 1.2), so every view of a figure agrees with its printed text.
pub fn round_to(value: f64, decimals: u32) -> f64 {
    let scale = 10f64.powi(decimals as i32);
    let scaled = (value.abs() * scale + 0.5 + HALF_TOLERANCE).floor();
    let rounded = scaled / scale;
    if value < 0.0 && scaled != 0.0 {
        -rounded
    } else {
        rounded
    }
}

/// Rounds a mean or gap to one decimal, as it is shown: the value charts plot.
pub fn round1(value: f64) -> f64 {
    round_to(value, 1)
}

/// The decimal mark a language writes: a point in English, a comma in
/// German, French and Spanish.
fn decimal_mark(language: Language) -> char {
    match language {
        Language::En => '.',
        Language::De | Language::Fr | Language::Es => ',',
    }
}

/// Formats an already-rounded magnitude with one decimal ("3.0", "4,3").
fn one_decimal_digits(language: Language, magnitude: f64) -> String {
    let tenths = (magnitude * 10.0).round() as u64;
    format!("{}{}{}", tenths / 10, decimal_mark(language), tenths % 10)
}

/// A mean on the 1–5 scale (or any figure with one decimal): "3.3", "−0.4"
/// ("3,3" in German, French and Spanish).
pub fn score(language: Language, value: f64) -> String {
    let r = round1(value);
    if r < 0.0 {
        format!("{MINUS}{}", one_decimal_digits(language, -r))
    } else {
        one_decimal_digits(language, r)
    }
}

/// A dimension score as every table shows it: its mean, or "Not enough
/// data" when there is none.
pub fn dimension_score(words: &Messages, mean: Option<f64>) -> String {
    match mean {
        Some(m) => self::score(words.language(), m),
        None => words.not_enough_data().to_string(),
    }
}

/// A gap with one decimal and its sign: "+1.3", "−1.3", and "0.0" for none.
pub fn signed_score(language: Language, value: f64) -> String {
    let r = round1(value);
    if r > 0.0 {
        format!("+{}", one_decimal_digits(language, r))
    } else {
        score(language, r)
    }
}

/// A whole-number gap with its sign: "+2", "−1", "0".
pub fn signed_whole(value: i32) -> String {
    match value {
        0 => "0".to_string(),
        v if v > 0 => format!("+{v}"),
        v => format!("{MINUS}{}", v.unsigned_abs()),
    }
}

/// `part` of `whole` as a whole percentage, rounded half up with integers
/// only (1 of 8 → 13), or `None` when there is nothing to count.
pub fn percent_of(part: usize, whole: usize) -> Option<u8> {
    if whole == 0 {
        return None;
    }
    let part = part.min(whole) as u64;
    let whole = whole as u64;
    Some(((200 * part + whole) / (2 * whole)) as u8)
}

/// A whole percentage as the language writes it: "60%" in English, "60 %"
/// in German and Spanish (a no-break space), "60 %" in French (a narrow
/// no-break space), so the sign never wraps away from its number.
pub fn percent(language: Language, value: u8) -> String {
    match language {
        Language::En => format!("{value}%"),
        Language::De | Language::Es => format!("{value}\u{a0}%"),
        Language::Fr => format!("{value}\u{202f}%"),
    }
}

/// A figure for CSV: one decimal, rounded like the screen, with an ASCII
/// hyphen-minus so a spreadsheet reads it as a number ("3.3", "-1.3"), and
/// the language's decimal mark ("3,3" for a German spreadsheet).
pub fn csv_score(language: Language, value: f64) -> String {
    score(language, value).replace(MINUS, "-")
}

/// A whole-number gap for CSV: "2", "-1", "0".
pub fn csv_whole(value: i32) -> String {
    value.to_string()
}

/// The months in each language, January first.
fn month(language: Language, index: usize) -> Option<&'static str> {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const DE: [&str; 12] = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const ES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    let months = match language {
        Language::En => &EN,
        Language::De => &DE,
        Language::Fr => &FR,
        Language::Es => &ES,
    };
    months.get(index).copied()
}

/// A day as the language writes it: "6 December 2026", "6. Dezember 2026",
/// "6 décembre 2026", "6 de diciembre de 2026".
fn written_day(language: Language, day: u32, month_index: usize, year: i64) -> Option<String> {
    let name = month(language, month_index)?;
    Some(match language {
        Language::En | Language::Fr => format!("{day} {name} {year}"),
        Language::De => format!("{day}. {name} {year}"),
        Language::Es => format!("{day} de {name} de {year}"),
    })
}

/// A stored day (`2027-03-26`) as people write it: "26 March 2027"; text
/// that is not such a day is returned as it is.
pub fn day(language: Language, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    if let [y, m, d] = parts.as_slice() {
        if let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<usize>(), d.parse::<u32>()) {
            if let Some(text) = m
                .checked_sub(1)
                .and_then(|i| written_day(language, d, i, i64::from(y)))
            {
                return text;
            }
        }
    }
    iso.to_string()
}

/// A day as people write it: "12 March 2027", for a time in milliseconds
/// since the Unix epoch seen from a place `offset_minutes` east of UTC.
pub fn date(language: Language, ms: u64, offset_minutes: i32) -> String {
    let local = ms as i64 / 1000 + i64::from(offset_minutes) * 60;
    let days = local.div_euclid(86_400);
    // Civil date from a day count (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    written_day(language, day as u32, (month - 1) as usize, year).unwrap_or_default()
}

/// The text for a figure that cannot be given (no data): an en dash.
pub const NO_FIGURE: &str = "–";
