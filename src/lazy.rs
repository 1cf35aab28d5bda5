//! Parts of the page that cost nothing until they are needed: `Fold` (a folded panel whose
//! contents exist only while it is open), `Later` and `build_in_stages` (parts built one task
//! after another, so that no single task builds the whole page).

use leptos::prelude::*;

use crate::state::use_display;

/// A folded section whose contents exist only while it is open: a closed panel costs nothing when
/// a lever moves (its numbers are not in the page to update).
#[component]
pub fn Fold(
    /// What the closed panel says.
    #[prop(into)]
    summary: String,
    /// Said after `summary` and kept up to date (how many sector rates are set), if anything.
    #[prop(optional, into)]
    note: Option<Signal<String>>,
    #[prop(optional, into)] class: String,
    #[prop(optional, into)] id: String,
    #[prop(optional)] open: bool,
    children: ChildrenFn,
) -> impl IntoView {
    // a link to the panel (`…#how-sure`, from an embed) opens it
    let open = open || (!id.is_empty() && named_by_address(&id));
    let is_open = RwSignal::new(open);
    let on_toggle = move |ev: leptos::ev::Event| {
        let open = ev
            .target()
            .and_then(|t| js_sys::Reflect::get(&t, &"open".into()).ok())
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        is_open.set(open);
    };
    view! {
        <details class=class id=(!id.is_empty()).then_some(id) open=open on:toggle=on_toggle>
            <summary>{summary}{note.map(|n| move || n.get())}</summary>
            <Show when=move || is_open.get()>{children()}</Show>
        </details>
    }
}

/// Whether the page's address names `id` (`#how-sure`).
fn named_by_address(id: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|h| h.strip_prefix('#') == Some(id))
}

/// Open the folded panel `id` (a `Fold`), as a click on its summary would: a link to a panel
/// opens it, not only scrolls to it.
pub fn open_fold(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el {
        let _ = js_sys::Reflect::set(&el, &"open".into(), &true.into());
    }
}

/// A part of the page built in a later task (once `AppState::stage` reaches `at`), so that
/// no single long task builds the whole page: a phone answers a tap while the rest comes in.
#[component]
pub fn Later(at: u8, children: ChildrenFn) -> impl IntoView {
    // a part after the last stage would never be built
    debug_assert!(
        at <= crate::state::LAST_STAGE,
        "Later at={at} is past LAST_STAGE"
    );
    let stage = use_display().stage;
    let reached = move || stage.get() >= at;
    view! { <Show when=reached>{children()}</Show> }
}

/// Build the page's later parts, one stage per task, then mark the page built.
pub fn build_in_stages(stage: RwSignal<u8>) {
    crate::tasks::soon(move || {
        stage.update(|s| *s = s.saturating_add(1));
        if stage.get_untracked() < crate::state::LAST_STAGE {
            build_in_stages(stage);
        } else {
            crate::tasks::built();
        }
    });
}
