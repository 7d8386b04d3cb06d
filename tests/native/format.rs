//! The one formatter, by hand-written cases in every language: a chart
//! label and its table cell come from here, so these are the figures
//! people read.

use align180::domain::base::format::{
    csv_score, date, day, percent, percent_of, score, signed_score, signed_whole,
};
use align180::domain::base::language::Language::{self, De, En, Es, Fr};

#[test]
fn halves_round_away_from_zero_in_english() {
    assert_eq!(score(En, 3.25), "3.3");
    assert_eq!(score(En, -1.25), "−1.3");
    assert_eq!(score(En, 1.15), "1.2");
    assert_eq!(score(En, 2.45), "2.5");
    assert_eq!(score(En, 3.0), "3.0");
    assert_eq!(score(En, 13.0 / 3.0), "4.3");
    assert_eq!(score(En, -0.04), "0.0");
    assert_eq!(signed_score(En, 1.25), "+1.3");
    assert_eq!(signed_score(En, -1.25), "−1.3");
    assert_eq!(signed_score(En, 0.04), "0.0");
    assert_eq!(signed_score(En, -0.05), "−0.1");
    assert_eq!(csv_score(En, -1.25), "-1.3");
}

#[test]
fn german_french_and_spanish_write_a_decimal_comma() {
    for language in [De, Fr, Es] {
        assert_eq!(score(language, 3.25), "3,3");
        assert_eq!(score(language, -1.25), "−1,3");
        assert_eq!(signed_score(language, 1.25), "+1,3");
        assert_eq!(signed_score(language, -1.25), "−1,3");
        assert_eq!(score(language, 4.0), "4,0");
        assert_eq!(csv_score(language, -1.25), "-1,3");
    }
}

#[test]
fn whole_figures_and_percentages() {
    assert_eq!(signed_whole(2), "+2");
    assert_eq!(signed_whole(-1), "−1");
    assert_eq!(signed_whole(0), "0");
    assert_eq!(percent_of(1, 8), Some(13));
    assert_eq!(percent_of(3, 5), Some(60));
    assert_eq!(percent_of(1, 3), Some(33));
    assert_eq!(percent_of(2, 3), Some(67));
    assert_eq!(percent_of(0, 0), None);
    // 0.583 of the pairs agree: 58 %.
    let p = percent_of(583, 1000).unwrap_or_default();
    assert_eq!(percent(En, p), "58%");
    assert_eq!(percent(De, p), "58\u{a0}%");
    assert_eq!(percent(Es, p), "58\u{a0}%");
    assert_eq!(percent(Fr, p), "58\u{202f}%");
}

#[test]
fn dates_as_each_language_writes_them() {
    // 2026-12-06T12:00:00Z.
    let sixth = 1_796_558_400_000;
    assert_eq!(date(En, sixth, 0), "6 December 2026");
    assert_eq!(date(De, sixth, 0), "6. Dezember 2026");
    assert_eq!(date(Fr, sixth, 0), "6 décembre 2026");
    assert_eq!(date(Es, sixth, 0), "6 de diciembre de 2026");
    assert_eq!(date(En, 0, 0), "1 January 1970");
    // 2027-03-12T23:30:00Z is already the 13th an hour east of UTC.
    assert_eq!(date(En, 1_804_894_200_000, 0), "12 March 2027");
    assert_eq!(date(En, 1_804_894_200_000, 60), "13 March 2027");
    assert_eq!(date(En, 951_782_400_000, 0), "29 February 2000");
    assert_eq!(day(En, "2027-03-26"), "26 March 2027");
    assert_eq!(day(De, "2027-03-26"), "26. März 2027");
    assert_eq!(day(Fr, "2027-08-01"), "1 août 2027");
    assert_eq!(day(Es, "2027-03-26"), "26 de marzo de 2027");
    assert_eq!(day(En, "2027-13-26"), "2027-13-26");
    assert_eq!(day(De, "soon"), "soon");
}

#[test]
fn every_language_formats_without_panicking_on_any_figure() {
    for language in Language::ALL {
        for tenths in -50..=50 {
            let v = f64::from(tenths) / 10.0;
            assert!(!score(language, v).is_empty());
        }
    }
}
