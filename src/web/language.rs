//! The language the app speaks, and its words ([`t`]). A first visit takes
//! the browser's best match (`navigator.languages`, English otherwise); a
//! choice made with [`LanguageChoice`] is remembered. Only English's core
//! words are in the core: every other language's, and every language's
//! words for the pages in pieces, download with what shows them (see
//! `src/i18n/generate.rs` for the sections). Switching keeps what is typed:
//! the page is drawn again in the new words and every field gets its value
//! back.

use crate::domain::base::language::Language;
use crate::domain::base::messages::{Messages, Section};
use crate::web::browser::{document, window};
use crate::web::missing::PieceMissing;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;
use wasm_split_helpers::wasm_split;

include!(concat!(env!("OUT_DIR"), "/message_pieces.rs"));

thread_local! {
    static WORDS: Cell<&'static Messages> = Cell::new(english_core());
    /// The sections in [`WORDS`] (the core always).
    static HERE: RefCell<Vec<Section>> = RefCell::new(vec![Section::Core]);
    static LANGUAGE: RwSignal<Language> = {
        let owner = Owner::new_root(None);
        let signal = owner.with(|| RwSignal::new(Language::En));
        std::mem::forget(owner);
        signal
    };
}

fn english_core() -> &'static Messages {
    let mut words = Messages::empty(Language::En);
    words.add(Section::Core, crate::domain::base::messages::EN_CORE);
    Box::leak(Box::new(words))
}

/// The words of the language in use. Read while a view is made: a change
/// of language draws the page again. (Never inlined: it is called from
/// hundreds of places, and its thread-local look-up would be copied into
/// each.)
#[inline(never)]
pub fn t() -> &'static Messages {
    WORDS.with(Cell::get)
}

/// The language in use, as a signal (the shell draws the page again when it
/// changes).
pub fn language() -> RwSignal<Language> {
    LANGUAGE.with(|l| *l)
}

/// The language for this visit: the remembered choice, or the browser's.
fn first_language() -> Language {
    if let Some(chosen) = crate::web::storage::language::chosen() {
        return chosen;
    }
    let tags: Vec<String> = window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Language::best_match(&tags)
}

/// Puts `language`'s `sections` in place of the words in use.
async fn load(language: Language, sections: Vec<Section>) -> Result<(), PieceMissing> {
    let mut words = Messages::empty(language);
    for section in &sections {
        words.add(*section, download(language, *section).await?);
    }
    WORDS.with(|w| w.set(Box::leak(Box::new(words))));
    HERE.with(|h| *h.borrow_mut() = sections);
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", language.tag());
    }
    language_signal_set(language);
    let numbers = t().print_page_numbers(&crate::web::print::PAGE, &crate::web::print::PAGES);
    crate::web::print::set_page_numbers(&numbers);
    Ok(())
}

fn language_signal_set(language: Language) {
    let signal = self::language();
    if signal.get_untracked() != language {
        signal.set(language);
    }
}

/// Whether the app can mount at once (English), or first needs
/// [`start`] to download the core words of the person's language.
pub fn ready_at_once() -> bool {
    first_language() == Language::En
}

/// Downloads the core words of the person's language before the app
/// mounts; English if they cannot be downloaded (offline on a first visit).
pub async fn start() {
    let language = first_language();
    if load(language, vec![Section::Core]).await.is_err() {
        let _ = load(Language::En, vec![Section::Core]).await;
    }
}

/// Makes sure the words a page shows are here (downloading them with the
/// page's piece).
pub async fn ready(sections: &[Section]) -> Result<(), PieceMissing> {
    for &section in sections {
        if HERE.with(|h| h.borrow().contains(&section)) {
            continue;
        }
        let language = t().language();
        let texts = download(language, section).await?;
        // The person may have switched meanwhile: then these are not wanted.
        if t().language() == language && !HERE.with(|h| h.borrow().contains(&section)) {
            let mut words = t().clone();
            words.add(section, texts);
            WORDS.with(|w| w.set(Box::leak(Box::new(words))));
            HERE.with(|h| h.borrow_mut().push(section));
        }
    }
    Ok(())
}

/// Downloads this language's other words when the browser is idle, so
/// every page opens without a wait (and works offline).
pub async fn download_the_rest() {
    let _ = ready(&Section::ALL).await;
}

/// What a field held, found again by its id.
struct Typed {
    id: String,
    value: String,
    checked: bool,
}

/// Every field with an id: what the person typed or chose.
fn typed_now() -> Vec<Typed> {
    let Some(fields) = document().and_then(|d| {
        d.query_selector_all("input[id], textarea[id], select[id]")
            .ok()
    }) else {
        return Vec::new();
    };
    (0..fields.length())
        .filter_map(|i| fields.item(i))
        .filter_map(|node| {
            let id = node.dyn_ref::<web_sys::Element>()?.id();
            if let Some(input) = node.dyn_ref::<web_sys::HtmlInputElement>() {
                Some(Typed {
                    id,
                    value: input.value(),
                    checked: input.checked(),
                })
            } else if let Some(area) = node.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                Some(Typed {
                    id,
                    value: area.value(),
                    checked: false,
                })
            } else {
                let select = node.dyn_ref::<web_sys::HtmlSelectElement>()?;
                Some(Typed {
                    id,
                    value: select.value(),
                    checked: false,
                })
            }
        })
        .filter(|t| t.id != CHOICE_ID)
        .collect()
}

/// Gives each field its value back where the new page differs, telling
/// the page as if the person had typed it.
fn put_back(typed: Vec<Typed>) {
    let Some(doc) = document() else { return };
    for field in typed {
        let Some(element) = doc.get_element_by_id(&field.id) else {
            continue;
        };
        let event = if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            let kind = input.type_();
            if kind == "checkbox" || kind == "radio" {
                if input.checked() == field.checked {
                    continue;
                }
                input.set_checked(field.checked);
                "change"
            } else {
                if input.value() == field.value {
                    continue;
                }
                input.set_value(&field.value);
                "input"
            }
        } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            if area.value() == field.value {
                continue;
            }
            area.set_value(&field.value);
            "input"
        } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
            if select.value() == field.value {
                continue;
            }
            select.set_value(&field.value);
            "change"
        } else {
            continue;
        };
        if let Ok(event) = web_sys::Event::new_with_event_init_dict(event, &{
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            init
        }) {
            let _ = element.dispatch_event(&event);
        }
    }
}

const CHOICE_ID: &str = "language-choice";

/// Switches the app to `language` at once, keeping what is typed, and
/// remembers the choice.
async fn switch_to(language: Language) {
    let typed = typed_now();
    let sections = HERE.with(|h| h.borrow().clone());
    if load(language, sections).await.is_err() {
        crate::web::state::shared()
            .action_problem
            .set(Some(t().language_not_downloaded().to_string()));
        return;
    }
    if crate::web::storage::language::choose(language).is_err() {
        crate::web::state::shared()
            .action_problem
            .set(Some(t().language_not_remembered().to_string()));
    }
    request_animation_frame(move || {
        put_back(typed);
        // After the page's own first focus (a form's first field), which
        // also waits a frame: the person stays on the choice they made.
        request_animation_frame(|| {
            let _ = crate::web::browser::focus(&format!("#{CHOICE_ID}"));
        });
    });
}

/// The Language choice on every page: each language in its own name.
#[component]
pub fn LanguageChoice() -> impl IntoView {
    let current = t().language();
    let on_change = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        if let Some(language) = Language::from_tag(&code) {
            if language != t().language() {
                leptos::task::spawn_local(switch_to(language));
            }
        }
    };
    view! {
        <div class="language-choice">
            <label for=CHOICE_ID>{t().language_label()}</label>
            <select id=CHOICE_ID on:change=on_change>
                {Language::ALL
                    .into_iter()
                    .map(|l| view! {
                        <option value=l.code() lang=l.tag() selected=l == current>{l.own_name()}</option>
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A language's name in the reader's words ("Englisch" for a German reader).
pub fn named(language: Language) -> &'static str {
    let words = t();
    match language {
        Language::En => words.language_named_en(),
        Language::De => words.language_named_de(),
        Language::Fr => words.language_named_fr(),
        Language::Es => words.language_named_es(),
    }
}
