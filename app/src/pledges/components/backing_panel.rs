use super::PledgeForm;
use crate::common::ids::IdeaId;
use crate::i18n::*;
use crate::pledges::api::{get_idea_backing, AnswerPledge};
use crate::pledges::{IdeaBacking, Pledge, PledgeKind, PledgeStatus};
use crate::ui::format::date_of;
use crate::ui::loader::Loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// On an idea's page: which of its needs partners meet, who backs it, a partner's form to
/// pledge, and for the team (and the steering group) the answers to give.
#[component]
pub fn BackingPanel(idea_id: IdeaId) -> impl IntoView {
    let backing = Resource::new(move || idea_id, get_idea_backing);
    view! { <Loaded resource=backing view=move |backing, flash| view! { <BackingView backing flash /> } /> }
}

/// [`BackingPanel`] as a part of an idea's page.
pub fn idea_backing_part(idea_id: IdeaId) -> AnyView {
    view! { <BackingPanel idea_id /> }.into_any()
}

/// What a pledge gives, in words.
pub fn pledge_what(i18n: leptos_i18n::I18nContext<Locale>, p: &Pledge) -> String {
    let mut what = p.kind.label(i18n).to_owned();
    if let Some(eur) = p.amount_eur {
        what.push_str(&format!(": {eur} €"));
    }
    if let Some(hours) = p.hours {
        what.push_str(&format!(": {hours} {}", t_string!(i18n, pledge_hours_unit)));
    }
    if let Some(place) = &p.place {
        what.push_str(&format!(": {place}"));
    }
    if !p.dates.is_empty() {
        what.push_str(&format!(" ({})", p.dates));
    }
    what
}

#[component]
fn BackingView(backing: IdeaBacking, flash: Option<crate::common::FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let notice = move |name: &str| query.with(|q| q.get(name));
    let IdeaBacking {
        idea_id,
        needs,
        pledges,
        me,
    } = backing;
    if needs.is_empty() && pledges.is_empty() && me.organisation.is_none() {
        return ().into_any();
    }
    let backers: Vec<Pledge> = pledges
        .iter()
        .filter(|p| crate::pledges::backs(p.status))
        .cloned()
        .collect();
    let others: Vec<Pledge> = pledges
        .into_iter()
        .filter(|p| !crate::pledges::backs(p.status))
        .collect();
    view! {
        <section class="backing" id="backing" aria-labelledby="backing-title">
            <h2 id="backing-title">{t!(i18n, pledge_heading)}</h2>
            {notice("pledged").map(|_| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, pledge_sent_notice)}</p></div> })}
            {notice("pledge").map(|s| view! { <div class="notice notice-success" role="status"><p>{
                match PledgeStatus::from_code(&s) {
                    Some(PledgeStatus::Accepted) => t_string!(i18n, pledge_accepted_notice),
                    Some(PledgeStatus::Declined) => t_string!(i18n, pledge_declined_notice),
                    _ => t_string!(i18n, pledge_fulfilled_notice),
                }
            }</p></div> })}
            {(!needs.is_empty()).then(|| view! {
                <ul class="needs-met" data-testid="needs-met">
                    {needs.into_iter().map(|(kind, met)| view! {
                        <li class=if met { "need-met" } else { "need-open" }>
                            <strong>{move || kind.label(i18n)}</strong> ": "
                            {if met { t_string!(i18n, pledge_need_met) } else { t_string!(i18n, pledge_need_open) }}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!backers.is_empty()).then(|| view! {
                <h3>{t!(i18n, pledge_backed_by)}</h3>
                <ul class="pledges" data-testid="backed-by">
                    {backers.into_iter().map(|p| view! { <PledgeRow p=p.clone() answer=false fulfil=me.may_fulfil && p.status == PledgeStatus::Accepted /> }).collect_view()}
                </ul>
            })}
            {(!others.is_empty()).then(|| view! {
                <h3>{t!(i18n, pledge_offers)}</h3>
                <ul class="pledges" data-testid="pledge-offers">
                    {others.into_iter().map(|p| view! { <PledgeRow p=p.clone() answer=me.may_answer && p.status == PledgeStatus::Offered fulfil=false /> }).collect_view()}
                </ul>
            })}
            {me.organisation.clone().map(|org| view! { <PledgeForm idea_id org places=me.places.clone() flash=flash.clone() /> })}
        </section>
    }
    .into_any()
}

#[component]
fn PledgeRow(p: Pledge, answer: bool, fulfil: bool) -> impl IntoView {
    let i18n = use_i18n();
    let status = p.status;
    let what = pledge_what(i18n, &p);
    let id = p.id;
    let org = p.organisation.clone();
    let button = move |value: &'static str, label: &'static str, secondary: bool| {
        view! {
            <button type="submit" name="status" value=value aria-label=format!("{label} – {org}")
                class=if secondary { "button button-small button-secondary" } else { "button button-small" }>{label}</button>
        }
    };
    view! {
        <li class="pledge" data-kind=p.kind.code()>
            <strong>{p.organisation.clone()}</strong> " · " {what}
            " " <span class=format!("badge badge-pledge-{}", status.code())>{move || status.label(i18n)}</span>
            <span class="meta">" · " {date_of(&p.offered_at)}</span>
            {(!p.note.is_empty()).then(|| view! { <p class="quote">{p.note.clone()}</p> })}
            {(answer || fulfil).then(|| view! {
                <form method="post" action=AnswerPledge::url() class="inline-form">
                    <input type="hidden" name="id" value=id />
                    {answer.then(|| view! {
                        {button("accepted", t_string!(i18n, pledge_accept), false)}
                        {button("declined", t_string!(i18n, pledge_decline), true)}
                    })}
                    {fulfil.then(|| button("fulfilled", t_string!(i18n, pledge_fulfil), false))}
                </form>
            })}
        </li>
    }
}

/// The kinds a pledge form offers, in order.
pub(crate) const KINDS: [PledgeKind; 4] = [
    PledgeKind::Money,
    PledgeKind::Venue,
    PledgeKind::Materials,
    PledgeKind::Time,
];
