use super::*;

fn query(period: &str, from: &str, to: &str) -> PeriodQuery {
    PeriodQuery {
        period: period.into(),
        from: from.into(),
        to: to.into(),
    }
}

#[test]
fn periods_cover_the_month_the_year_everything_or_a_range() {
    let today = "2026-12-06";
    let month = resolve_period(&query("month", "", ""), today).unwrap();
    assert_eq!(month.bounds(), ("2026-12-01".into(), "2026-12-06".into()));
    let year = resolve_period(&query("year", "", ""), today).unwrap();
    assert_eq!(year.bounds(), ("2026-01-01".into(), "2026-12-06".into()));
    assert_eq!(year.query(), "period=year");
    // Nothing asked, or nonsense: this year.
    assert_eq!(resolve_period(&query("", "", ""), today).unwrap(), year);
    assert_eq!(
        resolve_period(&query("decade", "", ""), today).unwrap(),
        year
    );
    let all = resolve_period(&query("all", "", ""), today).unwrap();
    assert_eq!(all.bounds(), ("0000-01-01".into(), "9999-12-30".into()));
    let range = resolve_period(&query("range", " 2026-03-01", "2026-05-31 "), today).unwrap();
    assert_eq!(range.bounds(), ("2026-03-01".into(), "2026-05-31".into()));
    assert_eq!(range.query(), "period=range&from=2026-03-01&to=2026-05-31");
}

#[test]
fn a_range_needs_two_dates_in_order() {
    let today = "2026-12-06";
    let code = |q| resolve_period(&q, today).unwrap_err();
    assert_eq!(
        code(query("range", "", "2026-05-01")).field_code("from"),
        Some("date_invalid")
    );
    assert_eq!(
        code(query("range", "2026-02-30", "2026-05-01")).field_code("from"),
        Some("date_invalid")
    );
    assert_eq!(
        code(query("range", "2026-05-01", "gegužė")).field_code("to"),
        Some("date_invalid")
    );
    assert_eq!(
        code(query("range", "2026-05-02", "2026-05-01")).field_code("to"),
        Some("before_start")
    );
    // One day is a range.
    assert!(resolve_period(&query("range", "2026-05-01", "2026-05-01"), today).is_ok());
}

#[test]
fn medians_take_the_middle() {
    assert_eq!(median(vec![]), None);
    assert_eq!(median(vec![7.0]), Some(7.0));
    assert_eq!(median(vec![30.0, 2.0, 10.0]), Some(10.0));
    assert_eq!(median(vec![4.0, 1.0, 10.0, 2.0]), Some(3.0));
}

#[test]
fn age_bands_split_at_18_and_30() {
    let year = 2026;
    // As the platform counts minors: born in 2008, someone may still be 17 in 2026.
    assert_eq!(age_band(Some(2010), year), AgeBand::Under18);
    assert_eq!(age_band(Some(2008), year), AgeBand::Under18);
    assert_eq!(age_band(Some(2007), year), AgeBand::From18To29);
    assert_eq!(age_band(Some(1996), year), AgeBand::From18To29);
    assert_eq!(age_band(Some(1995), year), AgeBand::From30);
    assert_eq!(age_band(None, year), AgeBand::Unknown);
    let counted = count_bands(
        &[Some(2012), Some(2011), Some(2000), None, Some(1970)],
        year,
    );
    assert_eq!(
        counted,
        vec![
            (AgeBand::Under18, 2),
            (AgeBand::From18To29, 1),
            (AgeBand::From30, 1),
            (AgeBand::Unknown, 1)
        ]
    );
}

#[test]
fn sectors_meet_in_teams() {
    use Sector::*;
    // Team 1: youth, culture, business (mixed); team 2: youth and culture, the youth sector
    // brought twice; team 3: education only.
    let rows = [
        (1, Youth),
        (1, Culture),
        (1, Business),
        (2, Youth),
        (2, Youth),
        (2, Culture),
        (3, Education),
    ];
    let (mixed, pairs) = sector_mix(&rows);
    assert_eq!(mixed, 1);
    assert_eq!(pairs.len(), 10, "five sectors make ten pairs");
    assert_eq!(pair_count(&pairs, Youth, Culture), Some(2));
    assert_eq!(pair_count(&pairs, Culture, Youth), Some(2));
    assert_eq!(pair_count(&pairs, Business, Youth), Some(1));
    assert_eq!(pair_count(&pairs, Education, Social), Some(0));
    assert_eq!(pair_count(&pairs, Youth, Youth), None);
}

#[test]
fn shares_and_bars_scale() {
    assert_eq!(percent(1, 3), Some(33));
    assert_eq!(percent(2, 3), Some(67));
    assert_eq!(percent(0, 0), None);
    assert_eq!(bar_length(5, 10, 200.0), 100.0);
    assert_eq!(bar_length(3, 0, 200.0), 0.0);
}

fn desk() -> Desk {
    Desk {
        period: resolve_period(&PeriodQuery::default(), "2026-12-06").unwrap(),
        period_problem: None,
        funnel: Funnel {
            now: vec![(Stage::Spark, 4), (Stage::Team, 2)],
            moved: vec![(Stage::Team, 1)],
            spark_to_team_days: Some(12.5),
            team_to_ready_days: None,
            stuck: vec![StuckIdea {
                id: IdeaId(9),
                title: "=cmd, \"Šančiai\"".into(),
                lang: "lt".into(),
                stage: Stage::Shaping,
                idle_days: 41,
            }],
            stuck_total: 1,
        },
        sectors: SectorPanel::default(),
        youth: YouthPanel {
            bands: vec![(AgeBand::Under18, 3)],
            teams: 2,
            youth_led: 1,
        },
        mentors: MentorPanel::default(),
        gatherings: GatheringsPanel::default(),
        festival: FestivalPanel::default(),
        partners: PartnerPanel {
            active: 2,
            organisations: 5,
            pledges: vec![PledgeRow {
                kind: PledgeKind::Money,
                offered: 3,
                accepted: 2,
                declined: 0,
                fulfilled: 1,
            }],
        },
    }
}

#[test]
fn each_panel_is_one_csv_of_measures() {
    let desk = desk();
    assert_eq!(
        panel_csv(&desk, Panel::Funnel),
        "measure,key,value\r\n\
         ideas_now,spark,4\r\n\
         ideas_now,team,2\r\n\
         reached_in_period,team,1\r\n\
         median_days_spark_to_team,,12.5\r\n\
         median_days_team_to_ready,,\r\n\
         stuck_ideas,,1\r\n\
         stuck_idle_days,\"'=cmd, \"\"Šančiai\"\"\",41\r\n"
    );
    assert_eq!(
        panel_csv(&desk, Panel::Youth),
        "measure,key,value\r\nactive_people,under_18,3\r\nteams_formed,,2\r\nteams_led_under_30,,1\r\n"
    );
    let partners = panel_csv(&desk, Panel::Partners);
    assert!(
        partners.contains("pledges_offered,money,3\r\n"),
        "{partners}"
    );
    assert!(
        partners.contains("pledges_fulfilled,money,1\r\n"),
        "{partners}"
    );
    // Every panel has its header, also when it has nothing to count.
    for panel in Panel::ALL {
        assert!(panel_csv(&desk, panel).starts_with("measure,key,value\r\n"));
    }
}
