//! The desk's panels: each a section with its charts, its tables and its CSV file.
use super::chart::{BarChart, ChartRow, Matrix};
use crate::common::sectors::Sector;
use crate::i18n::*;
use crate::ideas::stage::Stage;
use crate::steering::*;
use crate::ui::content_lang::other_lang;
use leptos::prelude::*;

/// A panel's frame: its heading, what it holds, and its CSV for the same period.
#[component]
fn DeskSection(panel: Panel, query: String, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let heading = format!("desk-{}", panel.code());
    view! {
        <section class="panel desk-panel" aria-labelledby=heading.clone() data-testid=heading.clone()>
            <div class="desk-panel-head">
                <h2 id=heading.clone()>{panel.label(i18n)}</h2>
                <a class="button button-secondary desk-csv" href=format!("/steering/{}.csv?{query}", panel.code()) download="">
                    {t!(i18n, st_csv)}<span class="visually-hidden">": " {panel.label(i18n)}</span>
                </a>
            </div>
            {children()}
        </section>
    }
}

/// One line of "label: value" figures under a chart.
fn figures(items: Vec<(&'static str, String)>) -> impl IntoView {
    view! {
        <dl class="desk-figures">
            {items.into_iter().map(|(label, value)| view! {
                <div><dt>{label}</dt><dd>{value}</dd></div>
            }).collect_view()}
        </dl>
    }
}

/// "3 / 10 (30 %)", or "3 / 0".
fn share(part: i64, whole: i64) -> String {
    match percent(part, whole) {
        Some(p) => format!("{part} / {whole} ({p} %)"),
        None => format!("{part} / {whole}"),
    }
}

fn stage_rows(i18n: crate::common::codes::I18n, rows: &[(Stage, i64)]) -> Vec<ChartRow> {
    rows.iter()
        .map(|(stage, n)| ChartRow::new(stage.label(i18n), vec![*n]))
        .collect()
}

/// Every panel of the desk, in order.
pub fn panels(desk: Desk) -> impl IntoView {
    let i18n = use_i18n();
    let q = desk.period.query();
    let days = move |d: Option<f64>| {
        d.map(|d| format!("{d:.1} {}", t_string!(i18n, st_days)))
            .unwrap_or_else(|| "–".to_owned())
    };
    let Desk {
        funnel,
        sectors,
        youth,
        mentors,
        gatherings,
        festival,
        partners,
        ..
    } = desk;
    let stages_now: Vec<ChartRow> = funnel
        .now
        .iter()
        .zip(&funnel.moved)
        .map(|((stage, now), (_, moved))| ChartRow::new(stage.label(i18n), vec![*now, *moved]))
        .collect();
    let sector_names: Vec<String> = Sector::ALL
        .iter()
        .map(|s| s.label(i18n).to_owned())
        .collect();
    let matrix: Vec<Vec<Option<i64>>> = Sector::ALL
        .iter()
        .map(|a| {
            Sector::ALL
                .iter()
                .map(|b| pair_count(&sectors.pairs, *a, *b))
                .collect()
        })
        .collect();
    view! {
        <DeskSection panel=Panel::Funnel query=q.clone()>
            <BarChart id="chart-funnel".into() title=t_string!(i18n, st_funnel_chart).into()
                label_heading=t_string!(i18n, st_stage).into()
                series=vec![t_string!(i18n, st_ideas_now).into(), t_string!(i18n, st_reached).into()]
                rows=stages_now />
            {figures(vec![
                (t_string!(i18n, st_spark_to_team), days(funnel.spark_to_team_days)),
                (t_string!(i18n, st_team_to_ready), days(funnel.team_to_ready_days)),
                (t_string!(i18n, st_stuck_total), funnel.stuck_total.to_string()),
            ])}
            <h3>{t!(i18n, st_stuck)}</h3>
            {if funnel.stuck.is_empty() {
                view! { <p class="empty">{t!(i18n, st_stuck_none)}</p> }.into_any()
            } else {
                view! {
                    <ul class="desk-list" data-testid="desk-stuck">
                        {funnel.stuck.into_iter().map(|idea| view! {
                            <li>
                                <a href=format!("/ideas/{}", idea.id) lang=other_lang(&idea.lang)>{idea.title}</a>
                                " · " {idea.stage.label(i18n)} " · "
                                {t_string!(i18n, st_idle_days).replace("{n}", &idea.idle_days.to_string())}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </DeskSection>
        <DeskSection panel=Panel::Sectors query=q.clone()>
            <BarChart id="chart-sectors".into() title=t_string!(i18n, st_sectors_chart).into()
                label_heading=t_string!(i18n, st_sector).into()
                series=vec![
                    t_string!(i18n, st_ideas).into(), t_string!(i18n, st_teams).into(),
                    t_string!(i18n, st_people).into(), t_string!(i18n, st_seats).into(),
                ]
                rows=sectors.rows.iter().map(|r| ChartRow::new(r.sector.label(i18n), vec![r.ideas, r.teams, r.people, r.seats])).collect() />
            {figures(vec![(t_string!(i18n, st_mixed_teams), share(sectors.teams_mixed, sectors.teams))])}
            <Matrix title=t_string!(i18n, st_pairs).into() labels=sector_names cells=matrix />
        </DeskSection>
        <DeskSection panel=Panel::Youth query=q.clone()>
            <BarChart id="chart-youth".into() title=t_string!(i18n, st_youth_chart).into()
                label_heading=t_string!(i18n, st_age).into()
                series=vec![t_string!(i18n, st_people).into()]
                rows=youth.bands.iter().map(|(band, n)| ChartRow::new(band.label(i18n), vec![*n])).collect() />
            {figures(vec![(t_string!(i18n, st_youth_led), share(youth.youth_led, youth.teams))])}
            <p class="hint">{t!(i18n, st_youth_note)}</p>
        </DeskSection>
        <DeskSection panel=Panel::Mentors query=q.clone()>
            {if mentors.mentors.is_empty() {
                view! { <p class="empty">{t!(i18n, st_no_mentors)}</p> }.into_any()
            } else {
                view! {
                    <BarChart id="chart-mentors".into() title=t_string!(i18n, st_mentors_chart).into()
                        label_heading=t_string!(i18n, st_mentor).into()
                        series=vec![t_string!(i18n, st_teams).into(), t_string!(i18n, st_capacity).into()]
                        rows=mentors.mentors.iter().map(|m| ChartRow::new(m.name.clone(), vec![m.teams, m.capacity])).collect() />
                }.into_any()
            }}
            <h3>{t!(i18n, st_unmentored)} " (" {mentors.unmentored_total} ")"</h3>
            {if mentors.unmentored.is_empty() {
                view! { <p class="empty">{t!(i18n, st_unmentored_none)}</p> }.into_any()
            } else {
                view! {
                    <ul class="desk-list">
                        {mentors.unmentored.into_iter().map(|(id, name)| view! {
                            <li><a href=format!("/teams/{id}")>{name}</a></li>
                        }).collect_view()}
                    </ul>
                    <p><a href="/mentors">{t!(i18n, st_assign_mentors)}</a></p>
                }.into_any()
            }}
        </DeskSection>
        <DeskSection panel=Panel::Gatherings query=q.clone()>
            {figures(vec![
                (t_string!(i18n, st_workshops), gatherings.workshops.to_string()),
                (t_string!(i18n, st_workshop_seats), share(gatherings.workshop_seats, gatherings.workshop_capacity)),
                (t_string!(i18n, st_attended), share(gatherings.attended, gatherings.attendance_taken)),
                (t_string!(i18n, st_outcomes), gatherings.outcomes.to_string()),
                (t_string!(i18n, st_forums), gatherings.forums.to_string()),
                (t_string!(i18n, st_forum_seats), share(gatherings.forum_seats, gatherings.forum_capacity)),
                (t_string!(i18n, st_checked_in), share(gatherings.forum_checked_in, gatherings.forum_seats)),
            ])}
            <BarChart id="chart-born".into() title=t_string!(i18n, st_born_chart).into()
                label_heading=t_string!(i18n, st_stage).into()
                series=vec![t_string!(i18n, st_ideas).into()]
                rows=stage_rows(i18n, &gatherings.born) />
        </DeskSection>
        <DeskSection panel=Panel::Festival query=q.clone()>
            {match festival.edition.clone() {
                None => view! { <p class="empty">{t!(i18n, st_no_festival)}</p> }.into_any(),
                Some(edition) => view! {
                    <p>{edition}</p>
                    <BarChart id="chart-festival".into() title=t_string!(i18n, st_festival_chart).into()
                        label_heading=t_string!(i18n, st_interventions).into()
                        series=vec![t_string!(i18n, st_count).into()]
                        max=festival.target
                        rows=vec![
                            ChartRow::new(t_string!(i18n, st_target), vec![festival.target]),
                            ChartRow::new(t_string!(i18n, st_placed), vec![festival.placed]),
                            ChartRow::new(t_string!(i18n, st_published), vec![festival.published]),
                        ] />
                    <BarChart id="chart-festival-sectors".into() title=t_string!(i18n, st_by_sector).into()
                        label_heading=t_string!(i18n, st_sector).into()
                        series=vec![t_string!(i18n, st_placed).into()]
                        rows=festival.by_sector.iter().map(|(s, n)| ChartRow::new(s.label(i18n), vec![*n])).collect() />
                    <BarChart id="chart-festival-districts".into() title=t_string!(i18n, st_by_district).into()
                        label_heading=t_string!(i18n, st_district).into()
                        series=vec![t_string!(i18n, st_placed).into()]
                        rows=festival.by_district.iter().map(|(d, n)| ChartRow::new(
                            d.map_or(t_string!(i18n, st_no_district), |d| d.name()), vec![*n])).collect() />
                    {figures(vec![(t_string!(i18n, st_venues_consent), share(festival.venues_consent, festival.venues))])}
                }.into_any(),
            }}
        </DeskSection>
        <DeskSection panel=Panel::Partners query=q>
            {figures(vec![(t_string!(i18n, st_active_partners), share(partners.active, partners.organisations))])}
            <BarChart id="chart-pledges".into() title=t_string!(i18n, st_pledges_chart).into()
                label_heading=t_string!(i18n, st_pledge_kind).into()
                series=vec![
                    t_string!(i18n, st_offered).into(), t_string!(i18n, st_accepted).into(),
                    t_string!(i18n, st_declined).into(), t_string!(i18n, st_fulfilled).into(),
                ]
                rows=partners.pledges.iter().map(|p| ChartRow::new(p.kind.label(i18n), vec![p.offered, p.accepted, p.declined, p.fulfilled])).collect() />
            <p><a href="/partners">{t!(i18n, st_partner_directory)}</a></p>
        </DeskSection>
    }
}
