#[cfg(feature = "hydrate")]
use super::save_local_stars;
use super::Stars;
use crate::common::ids::InterventionId;
use crate::festival::api::*;
use crate::i18n::*;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The star of an intervention, as the page's agenda (`provide_stars`) has it. Its labels are
/// translated here, so the island itself carries no translations.
#[component]
pub(crate) fn StarButton(id: InterventionId, #[prop(into)] title: String) -> impl IntoView {
    let i18n = use_i18n();
    let Some(stars) = use_context::<Stars>() else {
        return ().into_any();
    };
    let labels = StarLabels {
        star: format!("{} – {}", t_string!(i18n, fest_star), title),
        unstar: format!("{} – {}", t_string!(i18n, fest_unstar), title),
    };
    if stars.in_island {
        // Inside the agenda, which is an island itself: its buttons share its list.
        return view! { <StarToggle id labels stars /> }.into_any();
    }
    let signed_in = stars.signed_in.get_value();
    let starred = stars.ids.with_untracked(|ids| ids.contains(&id));
    view! { <PlainStar id labels signed_in starred /> }.into_any()
}

/// What the star says to a screen reader (and as its tooltip), before and after.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StarLabels {
    pub star: String,
    pub unstar: String,
}

/// A star on a page without islands (the program, the map's list, an intervention), rendered
/// on the server only: [`crate::festival::star_live`] gives every such star its behaviour in
/// the browser. An island per star would load about 60 KB of island code onto the program.
#[component]
fn PlainStar(
    id: InterventionId,
    labels: StarLabels,
    signed_in: bool,
    starred: bool,
) -> impl IntoView {
    let label = if starred {
        labels.unstar.clone()
    } else {
        labels.star.clone()
    };
    let glyph = if starred { "★" } else { "☆" };
    let kind = if signed_in { "submit" } else { "button" };
    let class = if signed_in { "star" } else { "star star-local" };
    let button = view! {
        <button type=kind class=class data-star=id data-label-star=labels.star data-label-unstar=labels.unstar
            aria-pressed=starred.to_string() aria-label=label.clone() title=label>
            {glyph}
        </button>
    };
    if signed_in {
        view! {
            <form method="post" action=StarIntervention::url() class="star-form">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="on" value=(!starred).to_string() />
                {button}
            </form>
        }
        .into_any()
    } else {
        button.into_any()
    }
}

/// Star or unstar: a form for a signed-in person (works without JavaScript), a button that
/// keeps the star in the browser for a visitor (it works once the page runs).
#[component]
fn StarToggle(id: InterventionId, labels: StarLabels, stars: Stars) -> impl IntoView {
    let signed_in = stars.signed_in.get_value();
    let starred = Memo::new(move |_| stars.ids.with(|ids| ids.contains(&id)));
    let label = move || {
        if starred.get() {
            labels.unstar.clone()
        } else {
            labels.star.clone()
        }
    };
    if signed_in {
        // A plain form (it works without JavaScript); with JavaScript it posts in place. A
        // hand-made request rather than an `ActionForm`, whose form-decoding code would more
        // than double what the program's page downloads.
        let busy = StoredValue::new(false);
        let on_submit = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if busy.get_value() {
                return;
            }
            busy.set_value(true);
            let on = !starred.get_untracked();
            leptos::task::spawn_local(async move {
                if post_star(id, on).await {
                    stars.ids.update(|ids| {
                        if on {
                            ids.push(id);
                        } else {
                            ids.retain(|x| *x != id);
                        }
                    });
                }
                busy.set_value(false);
            });
        };
        view! {
            <form method="post" action=StarIntervention::url() class="star-form" on:submit=on_submit>
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="on" value=move || if starred.get() { "false" } else { "true" } />
                <button type="submit" class="star" aria-pressed=move || starred.get().to_string() aria-label=label.clone() title=label>
                    {move || if starred.get() { "★" } else { "☆" }}
                </button>
            </form>
        }
        .into_any()
    } else {
        let toggle = move |_| {
            stars.ids.update(|ids| {
                if ids.contains(&id) {
                    ids.retain(|x| *x != id);
                } else {
                    ids.push(id);
                }
            });
            #[cfg(feature = "hydrate")]
            save_local_stars(&stars.ids.get_untracked());
        };
        view! {
            <button type="button" class="star star-local" on:click=toggle aria-pressed=move || starred.get().to_string() aria-label=label.clone() title=label>
                {move || if starred.get() { "★" } else { "☆" }}
            </button>
        }
        .into_any()
    }
}

/// Posts a star to its server function as a form would; true when the server took it.
pub(crate) async fn post_star(id: InterventionId, on: bool) -> bool {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::{JsCast, JsValue};
        let Ok(headers) = web_sys::Headers::new() else {
            return false;
        };
        let _ = headers.set("Content-Type", "application/x-www-form-urlencoded");
        let _ = headers.set("Accept", "application/json");
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_headers(&headers);
        init.set_body(&JsValue::from_str(&format!("id={id}&on={on}")));
        let request = window().fetch_with_str_and_init(StarIntervention::url(), &init);
        match wasm_bindgen_futures::JsFuture::from(request).await {
            Ok(response) => response
                .dyn_into::<web_sys::Response>()
                .is_ok_and(|r| r.ok()),
            Err(_) => false,
        }
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = (id, on);
        false
    }
}
