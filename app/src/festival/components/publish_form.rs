use super::span;
use crate::common::FormFlash;
use crate::festival::api::*;
use crate::festival::*;
use crate::i18n::*;
use crate::ui::forms::{ServerForm, Submit};
use leptos::prelude::*;

/// Publishing, once asked for: what will become public, then confirm or go back.
#[component]
pub(crate) fn PublishConfirm(m: StoredValue<Manage>, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<PublishProgram>::new();
    let items: Vec<(String, String)> = m.with_value(|m| {
        m.items
            .iter()
            .filter(|i| i.card.status == Status::Scheduled)
            .map(|i| {
                let venue = m.venue_name(i.card.venue_id);
                (
                    i.card.title.clone(),
                    format!("{} · {venue}", span(i.card.start, i.card.duration)),
                )
            })
            .collect()
    });
    let public = m.with_value(|m| {
        m.items
            .iter()
            .filter(|i| i.card.status == Status::Published)
            .count()
    });
    let count = items.len();
    view! {
        <section id="publish" class="confirm" aria-labelledby="publish-title" data-testid="publish-confirm">
            <h2 id="publish-title">{t!(i18n, fest_publish_confirm_title)}</h2>
            {if count == 0 {
                view! { <p>{t!(i18n, fest_publish_nothing)}</p> }.into_any()
            } else {
                view! {
                    <p>{t!(i18n, fest_publish_confirm_text)}</p>
                    <p>{t!(i18n, fest_publish_becomes)} ": " <strong>{count}</strong>
                        ". " {t!(i18n, fest_publish_already)} ": " {public} "."</p>
                    <ul class="preview-list">
                        {items.into_iter().map(|(t, when)| view! { <li><strong>{when}</strong> " · " {t}</li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <div class="button-row">
                {(count > 0).then(|| view! {
                    <ServerForm action id="publish_program" flash class="inline-form">
                        <Submit label=move || format!("{} ({count})", t_string!(i18n, fest_publish_yes)) />
                    </ServerForm>
                })}
                <a class="button button-secondary" href="/festival/manage">{t!(i18n, fest_back_to_desk)}</a>
            </div>
        </section>
    }
}
