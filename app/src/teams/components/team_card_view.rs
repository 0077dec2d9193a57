use crate::i18n::*;
use crate::teams::*;
use crate::ui::chips::SectorChips;
use crate::ui::content_lang::{other_lang, LangMark};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub(crate) fn TeamCardView(team: TeamCard) -> impl IntoView {
    let i18n = use_i18n();
    let (_, lacking) = sector_balance(&team.covered);
    view! {
        <li class="card team-card">
            <h2><A href=format!("/teams/{}", team.id) attr:lang=other_lang(&team.lang)>{team.name}</A> <LangMark lang=team.lang.clone() /></h2>
            <p class="meta">{t!(i18n, team_idea)} " " <A href=format!("/ideas/{}", team.idea_id) attr:lang=other_lang(&team.idea_lang)>{team.idea_title}</A></p>
            <p class="meta">
                {t!(i18n, team_people)} ": " {team.members}
                {(team.open_roles > 0).then(|| view! {
                    " · " <strong class="looking">{t!(i18n, team_open_roles)} ": " {team.open_roles}</strong>
                })}
            </p>
            <SectorChips sectors=team.covered />
            {(!lacking.is_empty()).then(|| view! {
                <p class="lacking">{t!(i18n, team_lacks)} ": "
                    {lacking.into_iter().map(|s| s.label(i18n)).collect::<Vec<_>>().join(", ")}
                </p>
            })}
        </li>
    }
}
