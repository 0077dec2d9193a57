#[cfg(feature = "hydrate")]
use super::save_local_stars;
use super::Stars;
use crate::common::ids::InterventionId;
use crate::festival::api::*;
use crate::i18n::*;
use leptos::prelude::*;

/// Star or unstar: a form for a signed-in person (works without JavaScript), a button that
/// keeps the star in the browser for a visitor (shown only once the page runs).
#[component]
pub(crate) fn StarButton(id: InterventionId, #[prop(into)] title: String) -> impl IntoView {
    let i18n = use_i18n();
    let Some(stars) = use_context::<Stars>() else {
        return ().into_any();
    };
    let starred = Memo::new(move |_| stars.ids.with(|ids| ids.contains(&id)));
    let label = {
        let title = title.clone();
        move || {
            if starred.get() {
                format!("{} – {}", t_string!(i18n, fest_unstar), title)
            } else {
                format!("{} – {}", t_string!(i18n, fest_star), title)
            }
        }
    };
    if stars.signed_in.get_value() {
        let action = ServerAction::<StarIntervention>::new();
        Effect::new(move |_| {
            if let Some(Ok(_)) = action.value().get() {
                let on = !starred.get_untracked();
                stars.ids.update(|ids| {
                    if on {
                        ids.push(id);
                    } else {
                        ids.retain(|x| *x != id);
                    }
                });
            }
        });
        view! {
            <ActionForm action attr:class="star-form">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="on" value=move || if starred.get() { "false" } else { "true" } />
                <button type="submit" class="star" aria-pressed=move || starred.get().to_string() aria-label=label.clone() title=label>
                    {move || if starred.get() { "★" } else { "☆" }}
                </button>
            </ActionForm>
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
