//! `/steering`: the steering group's desk.
use crate::i18n::*;
use crate::steering::api::get_desk;
use crate::steering::components::{panels, PeriodForm};
use crate::steering::Desk;
use crate::ui::loader::{Loaded, Page};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// How the lab is doing, for the period in the URL (this year when none is asked).
#[component]
pub fn DeskPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let asked = move || {
        query.with(|q| {
            (
                q.get("period").unwrap_or_default(),
                q.get("from").unwrap_or_default(),
                q.get("to").unwrap_or_default(),
            )
        })
    };
    let desk = Resource::new(asked, |(period, from, to)| get_desk(period, from, to));
    view! {
        <Page title=move || t_string!(i18n, st_title) class="desk-page">
            <p class="lead">{t!(i18n, st_lead)}</p>
            <p><a href="/steering/decisions">{t!(i18n, dec_title)}</a> " · " <a href="/steering/audit">{t!(i18n, aud_title)}</a> " · " <a href="/steering/import">{t!(i18n, imp_title)}</a> " · " <a href="/partners">{t!(i18n, st_partner_directory)}</a></p>
            <Loaded resource=desk view=move |desk: Desk, _| {
                let asked = asked();
                view! {
                    <PeriodForm period=desk.period.clone() problem=desk.period_problem.clone() asked />
                    {panels(desk)}
                }
            } />
        </Page>
    }
}
