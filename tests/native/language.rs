//! Which language a browser gets, by hand-written lists as browsers send
//! them, and the singular rule per language.

use align180::domain::base::language::Language;
use proptest::prelude::*;

#[test]
fn the_browser_list_gives_the_first_language_we_speak() {
    assert_eq!(
        Language::best_match(&["de-DE", "en-US", "en"]),
        Language::De
    );
    assert_eq!(Language::best_match(&["fr-CA", "fr"]), Language::Fr);
    assert_eq!(Language::best_match(&["es-419"]), Language::Es);
    // A language we do not speak is skipped for the next one in the list.
    assert_eq!(Language::best_match(&["it-IT", "es", "en"]), Language::Es);
    assert_eq!(Language::best_match(&["pt-BR", "ja"]), Language::En);
    assert_eq!(Language::best_match::<&str>(&[]), Language::En);
    // Only the primary subtag counts, in any case and with either separator.
    assert_eq!(Language::from_tag("DE_at"), Some(Language::De));
    assert_eq!(Language::from_tag(" fr "), Some(Language::Fr));
    assert_eq!(
        Language::from_tag("deu"),
        None,
        "a three-letter code is not ours"
    );
    assert_eq!(Language::from_tag(""), None);
}

#[test]
fn each_language_is_named_in_itself_with_its_own_code() {
    let names: Vec<&str> = Language::ALL.iter().map(|l| l.own_name()).collect();
    assert_eq!(names, ["English", "Deutsch", "Français", "Español"]);
    for language in Language::ALL {
        assert_eq!(Language::from_tag(language.code()), Some(language));
    }
}

#[test]
fn french_puts_zero_in_the_singular_the_others_only_one() {
    let singular = |l: Language| -> Vec<usize> { (0..4).filter(|&n| l.is_singular(n)).collect() };
    assert_eq!(singular(Language::En), [1]);
    assert_eq!(singular(Language::De), [1]);
    assert_eq!(singular(Language::Es), [1]);
    assert_eq!(singular(Language::Fr), [0, 1]);
}

proptest! {
    #[test]
    fn any_list_gives_a_language_without_panicking(tags in proptest::collection::vec(".{0,12}", 0..6)) {
        let chosen = Language::best_match(&tags);
        let first_ours = tags.iter().find_map(|t| Language::from_tag(t));
        prop_assert_eq!(chosen, first_ours.unwrap_or(Language::En));
    }
}
