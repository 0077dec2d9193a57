use super::hours;
use crate::common::FormFlash;
use crate::forums::api::{PublishHarvest, PublishHarvestPart};
use crate::forums::{ForumPage, HarvestPart, HarvestState};
use crate::i18n::*;
use crate::ui::forms::{ServerForm, Submit};
use leptos::prelude::*;

/// For hosts: publish the whole harvest or keep it private, and publish it part by part (a
/// table, an Open Space session, a segment), each part with its notes counted.
#[component]
pub(crate) fn PublishPanel(page: ForumPage, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let id = page.card.id;
    let state = page.harvest_state;
    let whole = state == HarvestState::Published;
    let shown = page.parts.iter().filter(|p| whole || p.published).count();
    let total = page.parts.len();
    let partly = !whole && shown > 0;
    let flow = StoredValue::new(page.flow.clone());
    let part_name = move |p: &HarvestPart| {
        let seg = flow.with_value(|f| f.iter().find(|s| s.id == p.segment).cloned());
        let kind = seg.as_ref().map(|s| s.kind);
        let at = seg.as_ref().map(hours).unwrap_or_default();
        let table = p.table;
        let session = p.session_title.clone();
        view! {
            {at} " · " {move || kind.map(|k| k.label(i18n))}
            {table.map(|t| view! { " · " {t!(i18n, fo_table)} " " {t} })}
            {session.map(|s| view! { " · " {s} })}
        }
    };
    let whole_action = ServerAction::<PublishHarvest>::new();
    view! {
        <section class="panel" id="publish" aria-labelledby="fo-publish-title">
            <h2 id="fo-publish-title">{t!(i18n, fo_publish_title)}</h2>
            <p data-testid="fo-harvest-state">
                {move || if partly { t_string!(i18n, fo_harvest_partly).to_string() } else { state.label(i18n).to_string() }}
                {partly.then(|| format!(" ({shown} / {total})"))}
            </p>
            <ServerForm action=whole_action id="publish_harvest" flash=flash.clone() class="inline-form">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="harvest" value=if whole { "private" } else { "published" } />
                <Submit label=move || if whole { t_string!(i18n, fo_keep_private) } else { t_string!(i18n, fo_publish) } secondary=true />
            </ServerForm>
            {(!page.parts.is_empty()).then(|| view! {
                <h3>{t!(i18n, fo_parts_title)}</h3>
                <p class="hint">{t!(i18n, fo_parts_hint)}</p>
                <ul class="harvest-parts" data-testid="fo-parts">
                    {page.parts.clone().into_iter().map(|p| {
                        let public = whole || p.published;
                        let action = ServerAction::<PublishHarvestPart>::new();
                        let code = p.code();
                        view! {
                            <li class=if public { "part part-public" } else { "part" }>
                                <span class="part-name">{part_name(&p)}</span>
                                <span class="hint">" · " {p.notes} " " {t!(i18n, fo_notes_count)} " · "
                                    {move || if public { t_string!(i18n, fo_part_public) } else { t_string!(i18n, fo_part_private) }}</span>
                                <ServerForm action id="publish_harvest_part" scope=format!("part{}", code.replace('.', "-")) class="inline-form">
                                    <input type="hidden" name="id" value=id />
                                    <input type="hidden" name="part" value=code.clone() />
                                    <input type="hidden" name="publish" value=if public { "no" } else { "yes" } />
                                    <Submit label=move || if public { t_string!(i18n, fo_part_unpublish) } else { t_string!(i18n, fo_part_publish) } secondary=true />
                                </ServerForm>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}
