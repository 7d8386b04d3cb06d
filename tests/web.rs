//! Components and browser storage, tested in headless Chromium with
//! wasm-bindgen-test (see webdriver.json and .cargo/config.toml).
#![cfg(target_arch = "wasm32")]

use align180::domain::base::rating::Rating;
use align180::domain::formats::stored::StoredRecord;
use align180::domain::records::assessment::Assessment;
use align180::domain::sets::instrument::Instrument;
use align180::web::components::progress::Progress;
use align180::web::components::rating_item::RatingItem;
use align180::web::storage::records::{create, delete, list, load, update};
use align180::web::storage::{self, StorageError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "web/json.rs"]
mod json;

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .unwrap_or_else(|| panic!("no document"))
}

/// A fresh element in the page to mount one component into.
fn host() -> web_sys::HtmlElement {
    let el = document()
        .create_element("div")
        .unwrap_or_else(|_| panic!("create div"))
        .unchecked_into::<web_sys::HtmlElement>();
    document()
        .body()
        .unwrap_or_else(|| panic!("no body"))
        .append_child(&el)
        .unwrap_or_else(|_| panic!("append"));
    el
}

async fn settle() {
    // Let leptos run its effects and the DOM update.
    let promise = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn rating_item_is_a_fieldset_of_labelled_native_radios() {
    let el = host();
    let rated = RwSignal::new(None::<Rating>);
    let item = Instrument::sparc_180().dimensions[0].items[0].clone();
    let text = item.text.clone();
    let _handle = leptos::mount::mount_to(el.clone(), move || {
        view! {
            <RatingItem instrument=Instrument::sparc_180() item_id=item.id.clone() text=item.text.clone()
                current=rated on_rate=Callback::new(move |r| rated.set(Some(r)))/>
        }
    });
    settle().await;

    let fieldset = el
        .query_selector("fieldset")
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no fieldset"));
    let legend = fieldset
        .query_selector("legend")
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no legend"));
    assert_eq!(legend.text_content().unwrap_or_default(), text);

    let labels = fieldset
        .query_selector_all("label")
        .unwrap_or_else(|_| panic!("labels"));
    let mut names = Vec::new();
    for i in 0..labels.length() {
        let label = labels.item(i).unwrap_or_else(|| panic!("label {i}"));
        let input = label
            .unchecked_ref::<web_sys::Element>()
            .query_selector("input[type=radio]")
            .ok()
            .flatten();
        assert!(input.is_some(), "label {i} wraps a native radio");
        names.push(label.text_content().unwrap_or_default().trim().to_string());
    }
    assert_eq!(
        names,
        [
            "1 Rarely",
            "2 Sometimes",
            "3 Often",
            "4 Usually",
            "5 Consistently",
            "Not observed"
        ]
    );

    // Clicking a radio answers.
    let radio3 = el
        .query_selector("input[value='3']")
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("radio 3"))
        .unchecked_into::<web_sys::HtmlElement>();
    radio3.click();
    settle().await;
    assert_eq!(rated.get_untracked(), Some(Rating::Score(3)));

    // Key 0 on the focused item answers Not observed, and the radio follows.
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("0");
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .unwrap_or_else(|_| panic!("event"));
    radio3
        .dispatch_event(&event)
        .unwrap_or_else(|_| panic!("dispatch"));
    settle().await;
    assert_eq!(rated.get_untracked(), Some(Rating::NotObserved));
    assert!(event.default_prevented());
    let none = el
        .query_selector("input[value='0']")
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("radio 0"))
        .unchecked_into::<web_sys::HtmlInputElement>();
    assert!(none.checked());

    // Other keys are left alone.
    init.set_key("7");
    let other = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .unwrap_or_else(|_| panic!("event"));
    radio3
        .dispatch_event(&other)
        .unwrap_or_else(|_| panic!("dispatch"));
    assert!(!other.default_prevented());
    assert_eq!(rated.get_untracked(), Some(Rating::NotObserved));
}

#[wasm_bindgen_test]
async fn progress_is_a_native_progress_element_with_words() {
    let el = host();
    let answered = RwSignal::new(12usize);
    let _handle = leptos::mount::mount_to(
        el.clone(),
        move || view! { <Progress answered=answered total=25/> },
    );
    settle().await;
    let bar = el
        .query_selector("progress")
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no progress"))
        .unchecked_into::<web_sys::HtmlProgressElement>();
    assert_eq!(bar.max(), 25.0);
    assert_eq!(bar.value(), 12.0);
    assert!(el
        .text_content()
        .unwrap_or_default()
        .contains("12 of 25 answered"));
    answered.set(13);
    settle().await;
    assert_eq!(bar.value(), 13.0);
    assert!(el
        .text_content()
        .unwrap_or_default()
        .contains("13 of 25 answered"));
}

#[wasm_bindgen_test]
fn storage_round_trips_and_leaves_unreadable_records_untouched() {
    let local = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .unwrap_or_else(|| panic!("no localStorage"));
    local.clear().unwrap_or_else(|_| panic!("clear"));

    let id = "webtestwebtestab";
    let assessment = Assessment::new(id.into(), Instrument::sparc_180(), "Dana", "Sam", "Q1", 5)
        .unwrap_or_else(|e| panic!("{e:?}"));
    create(&assessment).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(load::<Assessment>(id), Ok(assessment.clone()));
    // Creating never replaces: not a readable record…
    assert_eq!(create(&assessment), Err(StorageError::Taken));

    let broken_id = "brokenbrokenbrok";
    let broken_key = Assessment::key_for(broken_id);
    local
        .set_item(&broken_key, "{\"schema\":1,\"assess")
        .unwrap_or_else(|_| panic!("seed"));
    local
        .set_item("someone-else", "not ours")
        .unwrap_or_else(|_| panic!("seed"));

    let (readable, problems) = list::<Assessment>().unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(readable, vec![assessment.clone()]);
    assert_eq!(problems.len(), 1);
    assert!(matches!(&problems[0], (key, StorageError::Unreadable(_)) if *key == broken_key));
    assert!(matches!(
        load::<Assessment>(broken_id),
        Err(StorageError::Unreadable(_))
    ));
    assert_eq!(load::<Assessment>("missing"), Err(StorageError::NotFound));
    // …nor one it cannot read; and an update never writes over it either.
    let mut same_id = assessment.clone();
    same_id.id = broken_id.into();
    assert_eq!(create(&same_id), Err(StorageError::Taken));
    assert!(matches!(
        update::<Assessment, _>(broken_id, |a| a.leader = "X".into()),
        Err(StorageError::Unreadable(_))
    ));
    // Reading never rewrote the broken record or touched other keys.
    assert_eq!(
        local.get_item(&broken_key).ok().flatten().as_deref(),
        Some("{\"schema\":1,\"assess")
    );
    assert_eq!(
        local.get_item("someone-else").ok().flatten().as_deref(),
        Some("not ours")
    );

    delete::<Assessment>(id).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(load::<Assessment>(id), Err(StorageError::NotFound));
    // A record deleted (or erased) elsewhere is not written back by an update.
    assert_eq!(
        update::<Assessment, _>(id, |a| a.leader = "Back".into()),
        Err(StorageError::Gone)
    );
    assert_eq!(load::<Assessment>(id), Err(StorageError::NotFound));
    // Once another tab says it erased everything, this one writes nothing…
    assert!(!storage::hear(Some("align180.assessment.x"), Some("{}")));
    assert!(storage::hear(
        Some(align180::domain::base::keys::ERASE_SIGNAL),
        Some("1")
    ));
    assert_eq!(create(&assessment), Err(StorageError::ErasedElsewhere));
    assert_eq!(load::<Assessment>(id), Err(StorageError::NotFound));
    // …until the person starts again.
    storage::start_again();
    assert_eq!(create(&assessment), Ok(()));
    local.clear().unwrap_or_else(|_| panic!("clear"));
}

fn cohort_of(n: usize) -> align180::domain::rules::cohort::aggregate::Picture {
    use align180::domain::records::cohort::AnonymousAnswers;
    use align180::domain::records::cohort::Participant;
    let instrument = Instrument::sparc_180();
    let people: Vec<Participant> = (0..n)
        .map(|t| Participant {
            token: t as u32,
            leader: AnonymousAnswers {
                ratings: instrument
                    .items()
                    .map(|(_, i)| (i.id.clone(), Rating::Score(1 + (t % 5) as u8)))
                    .collect(),
                priorities: Vec::new(),
            },
            manager: None,
            team: None,
        })
        .collect();
    align180::domain::rules::cohort::aggregate::picture(instrument, &people)
}

#[wasm_bindgen_test]
async fn the_cohort_dashboard_withholds_item_detail_below_three_people() {
    use align180::web::pages::cohort::dashboard::Dashboard;
    let small = host();
    let picture = cohort_of(2);
    let _a = leptos::mount::mount_to(small.clone(), move || {
        view! { <Dashboard instrument=Instrument::sparc_180() picture=picture.clone()/> }
    });
    let large = host();
    let picture = cohort_of(3);
    let _b = leptos::mount::mount_to(large.clone(), move || {
        view! { <Dashboard instrument=Instrument::sparc_180() picture=picture.clone()/> }
    });
    settle().await;
    let count = |el: &web_sys::HtmlElement, selector: &str| {
        el.query_selector_all(selector)
            .map(|l| l.length())
            .unwrap_or(0)
    };
    assert_eq!(count(&small, "#item-detail-withheld"), 1);
    assert_eq!(count(&small, "table.heatmap"), 0);
    assert_eq!(count(&small, "table.cohort-dimensions tbody tr"), 5);
    assert_eq!(count(&large, "#item-detail-withheld"), 0);
    assert_eq!(count(&large, "#heatmap-self tbody tr"), 25);
    // Ratings 1, 2 and 3 once each: a third of the answers in each of those cells, none in 4 and 5.
    assert_eq!(
        count(&large, "#heatmap-self tbody tr:first-child td.heat-2"),
        3
    );
    assert_eq!(
        count(&large, "#heatmap-self tbody tr:first-child td.heat-0"),
        2
    );
    // Every chart has its table, and none is left as an empty box.
    assert_eq!(count(&large, ".chart-frame"), 1);
    assert_eq!(count(&large, ".chart-status"), 1);
}

/// A member's answers sealed for a collector open with the collector's key
/// and not with another; a changed outside (another pulse) does not open.
#[wasm_bindgen_test]
async fn a_sealed_code_opens_with_the_collectors_key_only() {
    use align180::domain::formats::share::sealed::SealedPulseCode;
    use align180::domain::records::pulse::CollectorRef;
    use align180::web::crypto::{make_key_pair, open_sealed, seal_for, CryptoError};

    let sam = make_key_pair()
        .await
        .unwrap_or_else(|e| panic!("key pair: {e:?}"));
    let other = make_key_pair()
        .await
        .unwrap_or_else(|e| panic!("key pair: {e:?}"));
    assert_eq!(sam.public.len(), 65);
    assert_eq!(sam.public[0], 4);
    assert!(sam.private.len() > 100);
    let collector = CollectorRef {
        id: "cdefghijkmnpqrst".into(),
        name: "Sam".into(),
        public_key: sam.public.clone(),
    };
    let outside = SealedPulseCode {
        set_fingerprint: 7,
        pulse_id: "pqrstuvwxyz23456".into(),
        nonce: 9,
        key_tag: 0,
        ephemeral_key: Vec::new(),
        iv: Vec::new(),
        sealed: Vec::new(),
    };
    let answers = b"Priya: 5 4 3 and a comment".to_vec();
    let sealed = seal_for(&collector, outside.clone(), &answers)
        .await
        .unwrap_or_else(|e| panic!("sealed: {e:?}"));
    assert_eq!(sealed.key_tag, collector.key_tag());
    assert_eq!(sealed.sealed.len(), answers.len() + 16);
    assert!(
        !sealed.sealed.windows(5).any(|w| w == b"Priya"),
        "the answers are not in clear"
    );
    // Through its text and back: it opens with Sam's key, exactly.
    let text = sealed.encode().unwrap_or_else(|e| panic!("encode: {e:?}"));
    let back = SealedPulseCode::decode(&text).unwrap_or_else(|e| panic!("decode: {e:?}"));
    assert_eq!(open_sealed(&sam.private, &back).await, Ok(answers.clone()));
    // Not with another key.
    assert_eq!(
        open_sealed(&other.private, &back).await,
        Err(CryptoError::DoesNotOpen)
    );
    // Moved to another pulse (the outside is authenticated): it does not open.
    let mut moved = back.clone();
    moved.nonce = 10;
    assert_eq!(
        open_sealed(&sam.private, &moved).await,
        Err(CryptoError::DoesNotOpen)
    );
    // A changed byte in the sealed answers: it does not open.
    let mut changed = back.clone();
    changed.sealed[0] ^= 1;
    assert_eq!(
        open_sealed(&sam.private, &changed).await,
        Err(CryptoError::DoesNotOpen)
    );
    // Two seals of the same answers differ (a fresh key and nonce each time).
    let again = seal_for(&collector, outside, &answers)
        .await
        .unwrap_or_else(|e| panic!("sealed: {e:?}"));
    assert_ne!(again.ephemeral_key, sealed.ephemeral_key);
    assert_ne!(again.sealed, sealed.sealed);
}
