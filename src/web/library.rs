//! Loads a library script served beside index.html (ECharts, the QR
//! decoder) once per page, the first time a view needs it: pages that never
//! draw a chart or scan a code never download them. A failed load can be
//! tried again.

use crate::web::browser::document;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static LOADING: RefCell<HashMap<&'static str, js_sys::Promise>> = RefCell::new(HashMap::new());
}

fn global_present(global: &str) -> bool {
    web_sys::window()
        .map(|w| js_sys::Reflect::has(&w, &JsValue::from_str(global)).unwrap_or(false))
        .unwrap_or(false)
}

fn add_script(src: &'static str) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, reject| {
        let script = document()
            .and_then(|d| d.create_element("script").ok())
            .and_then(|el| el.dyn_into::<web_sys::HtmlScriptElement>().ok());
        let head = document().and_then(|d| d.head());
        let (Some(script), Some(head)) = (script, head) else {
            // Rejecting cannot fail in a way worth reporting: the promise is ours.
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("cannot add a script"));
            return;
        };
        script.set_src(src);
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
        if head.append_child(&script).is_err() {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("cannot add a script"));
        }
    })
}

/// Loads the script at `src` (relative to the page) once, and succeeds when
/// it has defined `global` on the window; later calls wait for the same load.
pub async fn load(src: &'static str, global: &str) -> Result<(), ()> {
    if global_present(global) {
        return Ok(());
    }
    let promise = LOADING.with(|slot| {
        slot.borrow_mut()
            .entry(src)
            .or_insert_with(|| add_script(src))
            .clone()
    });
    match JsFuture::from(promise).await {
        Ok(_) if global_present(global) => Ok(()),
        _ => {
            // Let a later view try again.
            LOADING.with(|slot| slot.borrow_mut().remove(src));
            Err(())
        }
    }
}
