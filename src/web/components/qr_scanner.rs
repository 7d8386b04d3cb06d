//! "Scan with the camera": reads QR codes continuously (see
//! [`crate::web::camera`]) and hands each new one to the page, which says
//! what it made of it; the scanner shows that in words and colour, plays a
//! tone and counts what was taken. A code held in front of the camera is
//! read once, not once per frame. No camera, or permission refused: a
//! message that points to the other ways in.

use crate::web::browser::{document, window};
use crate::web::camera::{read_frame, start, stop, tone};
use crate::web::language::t;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What the page made of one code the camera read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// Whether it was taken (added, opened).
    pub taken: bool,
    /// What happened, in words, e.g. "Added: 3 participants so far."
    pub message: String,
}

/// How often a frame is read, in milliseconds.
const READ_EVERY_MS: i32 = 200;
/// The same code seen again within this many milliseconds is the same
/// showing, not a second one.
const SAME_SHOWING_MS: f64 = 2500.0;

/// How many verdicts the scanner lists.
const LOG_LENGTH: usize = 6;

/// The running scan's interval, with its callback.
type Reading = Option<(i32, Closure<dyn FnMut()>)>;

/// A camera scanner for QR codes.
#[component]
pub fn QrScanner(
    /// The button's words, e.g. "Scan codes with the camera".
    label: &'static str,
    /// What the scanner is for, said beside the camera's picture.
    hint: &'static str,
    /// Called with each new text the camera reads.
    on_code: Callback<String, Verdict>,
    /// Stop after the first code taken (opening one link), rather than
    /// keep scanning (a room's codes).
    #[prop(optional)]
    one: bool,
) -> impl IntoView {
    let video = NodeRef::<html::Video>::new();
    let running = RwSignal::new(false);
    let starting = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let last = RwSignal::new(None::<Verdict>);
    // The latest verdicts, newest first, so a trainer glancing back sees
    // what the last few codes did.
    let log = RwSignal::new(Vec::<Verdict>::new());
    let taken = RwSignal::new(0_usize);
    let stream = StoredValue::new_local(None::<web_sys::MediaStream>);
    let reading = StoredValue::new_local(None as Reading);
    let seen = StoredValue::new_local(None::<(String, f64)>);

    // Stops the camera and the reading; safe while the view is going.
    let release = move || {
        reading.try_update_value(|slot| {
            if let (Some((handle, _)), Some(w)) = (slot.take(), window()) {
                w.clear_interval_with_handle(handle);
            }
        });
        stream.try_update_value(|slot| {
            if let Some(s) = slot.take() {
                stop(&s);
            }
        });
    };
    let halt = move || {
        release();
        let _ = running.try_set(false);
    };

    let begin = move |_| {
        if starting.get_untracked() || running.get_untracked() {
            return;
        }
        let Some(element) = video.get_untracked() else {
            return;
        };
        starting.set(true);
        problem.set(None);
        leptos::task::spawn_local(async move {
            let element: web_sys::HtmlVideoElement = element;
            let started = start(&element).await;
            let _ = starting.try_set(false);
            let camera = match started {
                Ok(camera) => camera,
                Err(e) => {
                    let _ = problem.try_set(Some(t().scanner_camera_problem(&e.describe(t()))));
                    return;
                }
            };
            stream.set_value(Some(camera));
            let _ = running.try_set(true);
            let Some(canvas) = document()
                .and_then(|d| d.create_element("canvas").ok())
                .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            else {
                return;
            };
            let callback = Closure::<dyn FnMut()>::new(move || {
                let Some(text) = read_frame(&element, &canvas) else {
                    return;
                };
                let now = js_sys::Date::now();
                // The page may have gone between two frames: then do nothing.
                let repeat = seen.try_with_value(|s| {
                    s.as_ref()
                        .is_some_and(|(t, at)| *t == text && now - at < SAME_SHOWING_MS)
                });
                if repeat != Some(false) || seen.try_set_value(Some((text.clone(), now))).is_some()
                {
                    return;
                }
                let verdict = on_code.run(text);
                tone(verdict.taken);
                if verdict.taken {
                    taken.try_update(|n| *n += 1);
                }
                let stop_now = one && verdict.taken;
                log.try_update(|l| {
                    l.insert(0, verdict.clone());
                    l.truncate(LOG_LENGTH);
                });
                let _ = last.try_set(Some(verdict));
                if stop_now {
                    halt();
                }
            });
            let handle = window().and_then(|w| {
                w.set_interval_with_callback_and_timeout_and_arguments_0(
                    callback.as_ref().unchecked_ref(),
                    READ_EVERY_MS,
                )
                .ok()
            });
            match handle {
                Some(handle) => reading.set_value(Some((handle, callback))),
                None => {
                    halt();
                    problem.set(Some(t().scanner_no_picture().to_string()));
                }
            }
        });
    };
    // No signal is set while the view goes: only the camera is released.
    on_cleanup(release);

    view! {
        <div class="scanner">
            <div class="actions" hidden=move || running.get()>
                <button type="button" class="button" id="scan-start" on:click=begin
                    disabled=move || starting.get()>{label}</button>
            </div>
            <div class="scanner-view" hidden=move || !running.get()
                class:taken=move || last.get().is_some_and(|v| v.taken)
                class:refused=move || last.get().is_some_and(|v| !v.taken)>
                <video node_ref=video playsinline="" muted="" aria-label=t().scanner_picture()></video>
                <div class="scanner-side">
                    <p class="hint">{hint}</p>
                    <p class="scan-count" id="scan-count">{move || match taken.get() {
                        0 => t().scanner_none_taken().to_string(),
                        n => t().scanner_taken(n),
                    }}</p>
                    <button type="button" class="button" id="scan-stop" on:click=move |_| halt()>{t().scanner_stop()}</button>
                    <ol class="scan-log" id="scan-log" aria-label=t().scanner_log()>
                        {move || log.get().into_iter().map(|v| view! {
                            <li class:taken=v.taken class:refused=!v.taken>{format!("{} {}", if v.taken { "✓" } else { "✗" }, v.message)}</li>
                        }).collect_view()}
                    </ol>
                </div>
            </div>
            <p role="status" id="scan-result" class="scan-result"
                class:taken=move || last.get().is_some_and(|v| v.taken)
                class:refused=move || last.get().is_some_and(|v| !v.taken)>
                {move || last.get().map(|v| format!("{} {}", if v.taken { "✓" } else { "✗" }, v.message))}
            </p>
            <p role="alert" class="field-error" id="scan-problem">{move || problem.get()}</p>
        </div>
    }
}
