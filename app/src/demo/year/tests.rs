//! The year's data checked against the demo it joins and against what the other tests read
//! of the demo, and the retold history checked on its own.
use super::*;
use std::collections::HashSet;

const DEMO_TEAMS: &str = include_str!("../../../demo/teams.json");

/// The demo's sign-in accounts: their pages are what the browser tests read, so the year
/// leaves them out.
const ACCOUNTS: [&str; 5] = ["ruta", "jonukas", "aiste", "mindaugas", "egle"];

/// Word beginnings the other tests search for ("Kiemų kinas", "Šančių kiemų šventė",
/// "krantinė", "Žalgiris", "radijo bangos", …): the year never says them, so what those
/// searches and similar-idea lists find stays the same.
const SEARCHED: [&str; 11] = [
    "kiem",
    "švent",
    "kinas",
    "žalgir",
    "krantin",
    "radij",
    "garaž",
    "tušči",
    "vėjarodž",
    "saulėlydž",
    "krepšin",
];

#[derive(Deserialize)]
struct Demo {
    people: Vec<Person>,
    ideas: Vec<Idea>,
}

#[derive(Deserialize)]
struct Person {
    key: String,
    age: Option<i32>,
}

#[derive(Deserialize)]
struct Idea {
    title: String,
    days_ago: i64,
    #[serde(default)]
    revisions: Vec<Dated>,
    #[serde(default)]
    comments: Vec<Comment>,
}

#[derive(Deserialize)]
struct Dated {
    days_ago: i64,
}

#[derive(Deserialize)]
struct Comment {
    days_ago: i64,
    #[serde(default)]
    replies: Vec<Dated>,
}

#[derive(Deserialize)]
struct Teams {
    teams: Vec<Team>,
}

#[derive(Deserialize)]
struct Team {
    created_days_ago: i64,
    #[serde(default)]
    messages: Vec<Dated>,
}

/// Days since a demo idea's last activity, as `demo::ideas` seeds it.
fn activity_days(idea: &Idea) -> i64 {
    let last_comment = idea
        .comments
        .iter()
        .flat_map(|c| std::iter::once(c.days_ago).chain(c.replies.iter().map(|r| r.days_ago)))
        .min()
        .unwrap_or(idea.days_ago);
    let updated = idea
        .revisions
        .last()
        .map(|r| r.days_ago / 2)
        .unwrap_or(idea.days_ago);
    last_comment.min(updated)
}

#[test]
fn the_year_reads_well_and_is_older_than_everything_the_demo_lists_first() {
    let demo: Demo = serde_json::from_str(DEMO_IDEAS).expect("demo ideas");
    let teams: Teams = serde_json::from_str(DEMO_TEAMS).expect("demo teams");
    let oldest = demo.ideas.iter().map(|i| i.days_ago).max().expect("ideas");
    let quietest = demo.ideas.iter().map(activity_days).max().expect("ideas");
    let team_quietest = teams
        .teams
        .iter()
        .map(|t| {
            t.messages
                .iter()
                .map(|m| m.days_ago)
                .min()
                .unwrap_or(t.created_days_ago)
        })
        .max()
        .expect("teams");
    let age = |key: &str| {
        demo.people
            .iter()
            .find(|p| p.key == key)
            .unwrap_or_else(|| panic!("unknown person {key}"))
            .age
    };
    let mut titles = HashSet::new();
    for idea in ideas() {
        let sectors: Vec<String> = idea.sectors.iter().map(|s| (*s).to_owned()).collect();
        assert!(
            crate::ideas::check_share(idea.title, idea.summary, &sectors).is_ok(),
            "{}",
            idea.title
        );
        assert!(titles.insert(idea.title), "twice: {}", idea.title);
        assert!(
            demo.ideas.iter().all(|d| d.title != idea.title),
            "{}",
            idea.title
        );
        assert!(["lt", "en"].contains(&idea.lang), "{}", idea.title);
        assert!(
            idea.district
                .is_none_or(|d| crate::ideas::District::from_code(d).is_some()),
            "{}",
            idea.title
        );
        for word in idea
            .title
            .split(|c: char| !c.is_alphanumeric())
            .chain(idea.summary.split(|c: char| !c.is_alphanumeric()))
            .chain(idea.tags.iter().flat_map(|t| t.split(' ')))
        {
            let word = word.to_lowercase();
            assert!(
                SEARCHED.iter().all(|s| !word.starts_with(s)),
                "{word} in {}",
                idea.title
            );
        }
        // Its path: in order, within the path, shared before every demo idea and last active
        // before every demo idea was.
        assert!(!idea.path.is_empty() && idea.path.len() <= PATH.len());
        assert!(idea.path.windows(2).all(|w| w[0] > w[1]), "{}", idea.title);
        assert!(idea.path[0] > oldest, "{}", idea.title);
        assert!(
            idea.active > quietest && idea.active <= idea.path[0],
            "{}",
            idea.title
        );
        assert!(!ACCOUNTS.contains(&idea.author), "{}", idea.title);
        assert!(age(idea.author).is_some());
        if let Some((days, reason)) = idea.archived {
            assert!(idea.path.len() <= 2 && !reason.is_empty(), "{}", idea.title);
            assert!(days < idea.path[idea.path.len() - 1], "{}", idea.title);
        }
        let teamed = idea.path.len() >= 3 && idea.archived.is_none();
        assert_eq!(idea.team.is_some(), teamed, "{}", idea.title);
        let Some(team) = &idea.team else { continue };
        assert!(
            (3..=80).contains(&team.name.chars().count()),
            "{}",
            team.name
        );
        assert!(team.description.chars().count() <= 600, "{}", team.name);
        // Forming the team was activity; the team's last move is older than every demo team's.
        assert!(idea.active <= idea.path[2], "{}", idea.title);
        assert!(
            idea.path[idea.path.len() - 1] > team_quietest,
            "{}",
            team.name
        );
        // Young leads: a forum test picks the demo's leads born before 2000 by their first team.
        assert!(
            age(team.lead).is_some_and(|a| a <= 25),
            "{}: {}",
            team.name,
            team.lead
        );
        let mut crew = HashSet::new();
        for key in std::iter::once(&team.lead).chain(team.members) {
            assert!(crew.insert(*key), "{} twice in {}", key, team.name);
            assert!(!ACCOUNTS.contains(key), "{key} in {}", team.name);
            assert!(age(key).is_some());
        }
    }
    assert_eq!(titles.len(), 40, "forty ideas");
    let names: HashSet<&str> = ideas()
        .filter_map(|i| i.team.as_ref().map(|t| t.name))
        .collect();
    assert_eq!(names.len(), ideas().filter(|i| i.team.is_some()).count());
}

#[test]
fn the_stages_of_the_year_have_shape() {
    let count = |stage: &str| {
        ideas()
            .filter(|i| match i.archived {
                Some(_) => stage == "archived",
                None => PATH.get(i.path.len() - 1) == Some(&stage),
            })
            .count()
    };
    assert!(count("spark") >= 10 && count("shaping") >= 10);
    assert!(count("team") >= 5 && count("workshop") >= 2);
    assert!(count("ready") >= 1 && count("realised") >= 1);
    assert!((1..=2).contains(&count("archived")));
    for (code, stage) in PATH.iter().zip(crate::ideas::Stage::ALL) {
        assert_eq!(*code, stage.code());
    }
}

fn increasing(steps: &[(&str, f64)]) -> bool {
    steps.windows(2).all(|w| w[0].1 < w[1].1)
}

#[test]
fn a_retold_history_follows_the_marks_in_order() {
    let now = 1000.0;
    // Shaping: halfway between sharing and the last activity.
    let steps = history("shaping", 900.0, 960.0, now, [None; 4]);
    assert_eq!(steps, vec![("spark", 900.0), ("shaping", 930.0)]);
    // Realised with a team and both gates; the workshop attended after the "ready" gate is no
    // mark, so the workshop sits between the team and "ready".
    let steps = history(
        "realised",
        800.0,
        990.0,
        now,
        [Some(900.0), Some(970.0), Some(940.0), Some(960.0)],
    );
    let stages: Vec<&str> = steps.iter().map(|s| s.0).collect();
    assert_eq!(stages, PATH.to_vec());
    assert_eq!(steps[1].1, 850.0);
    assert_eq!(steps[2].1, 900.0);
    assert_eq!(steps[3].1, 920.0);
    assert_eq!((steps[4].1, steps[5].1), (940.0, 960.0));
    // A workshop that fits is the mark.
    let steps = history(
        "workshop",
        800.0,
        990.0,
        now,
        [Some(900.0), Some(950.0), None, None],
    );
    assert_eq!(steps[3], ("workshop", 950.0));
    // Marks out of order still make a history in order.
    let steps = history(
        "ready",
        800.0,
        805.0,
        now,
        [Some(790.0), None, Some(780.0), None],
    );
    assert!(increasing(&steps), "{steps:?}");
    let steps = history("archived", 800.0, 800.0, now, [None; 4]);
    assert_eq!(steps[1].0, "archived");
    assert!(increasing(&steps), "{steps:?}");
}
