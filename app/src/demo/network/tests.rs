//! The network's data checked against the schema's rules, the demo it joins and what the
//! other tests read of the demo.
use super::*;
use serde::Deserialize;
use std::collections::HashSet;

const DEMO_IDEAS: &str = include_str!("../../../demo/ideas.json");
const DEMO_TEAMS: &str = include_str!("../../../demo/teams.json");

/// The demo's sign-in accounts, whose pages the browser tests read.
const ACCOUNTS: [&str; 5] = ["ruta", "jonukas", "aiste", "mindaugas", "egle"];

/// The ideas the pledge tests back themselves: what they count and click stays theirs.
const BACKED_BY_TESTS: [&str; 2] = [
    "Kiemų kinas Šilainiuose",
    "Tuščios vitrinos – jaunųjų menininkų galerijos centre",
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
    #[serde(default)]
    mentor: bool,
}

#[derive(Deserialize)]
struct Idea {
    key: String,
    title: String,
    days_ago: i64,
    stage: String,
}

#[derive(Deserialize)]
struct Teams {
    teams: Vec<Team>,
}

#[derive(Deserialize)]
struct Team {
    idea: String,
    name: String,
    members: Vec<Member>,
}

#[derive(Deserialize)]
struct Member {
    person: String,
}

fn demo() -> (Demo, Teams) {
    (
        serde_json::from_str(DEMO_IDEAS).expect("demo ideas"),
        serde_json::from_str(DEMO_TEAMS).expect("demo teams"),
    )
}

#[test]
fn the_organisations_and_their_places_keep_the_rules() {
    let mut names = HashSet::new();
    let mut slugs = HashSet::new();
    let mut places = HashSet::new();
    let mut contacts = [0; 3];
    for org in organisations::ORGANISATIONS {
        assert!(names.insert(org.name.to_lowercase()), "{}", org.name);
        assert!(!org.name.contains("Žaliakalnio kūrybinės dirbtuvės"));
        // Short, so the website fits a phone's card in the directory.
        assert!(
            slugs.insert(org.slug) && org.slug.len() <= 10,
            "{}",
            org.slug
        );
        assert!(crate::common::sectors::Sector::from_code(org.sector).is_some());
        assert!(crate::accounts::OrgKind::from_code(org.kind).is_some());
        assert!(!org.description.is_empty() && !org.description.contains('\n'));
        assert!((1..=365).contains(&org.joined));
        let (name, email) = org.contact;
        assert!(name.chars().count() <= 120);
        assert!(email.is_empty() || email.ends_with(&format!("@{}.santaka.test", org.slug)));
        assert!(
            email.is_empty() || !name.is_empty(),
            "an address comes with a name"
        );
        contacts[usize::from(!name.is_empty()) + usize::from(!email.is_empty())] += 1;
        assert!((1..=2).contains(&org.places.len()), "{}", org.name);
        for &(place, address, lat, lon, accessibility) in org.places {
            assert!(places.insert((place, address)), "{place}");
            assert!((2..=120).contains(&place.chars().count()));
            assert!(address.ends_with(", Kaunas") && address.chars().count() <= 200);
            assert!((54.86..=54.95).contains(&lat) && (23.82..=24.02).contains(&lon));
            assert!(accessibility.chars().count() <= 400);
        }
    }
    assert!((15..=17).contains(&names.len()));
    assert!(
        contacts.iter().all(|n| *n >= 3),
        "none, a name, a name and an address"
    );
    for kind in crate::accounts::OrgKind::ALL {
        assert!(
            organisations::ORGANISATIONS
                .iter()
                .any(|o| o.kind == kind.code()),
            "{}",
            kind.code()
        );
    }
}

#[test]
fn the_pledges_keep_the_rules_and_fall_within_their_ideas_lives() {
    let (demo, _) = demo();
    let mut statuses = HashSet::new();
    let mut kinds = HashSet::new();
    for pledge in pledges::PLEDGES {
        let org = organisation(pledge.org).expect("a known organisation");
        let [venue, money, materials, mentoring, expertise] = org.offers;
        let offers = match pledge.kind {
            "money" => money,
            "venue" => venue,
            "materials" => materials,
            "time" => mentoring || expertise,
            other => panic!("unknown kind {other}"),
        };
        assert!(offers, "{} does not offer {}", org.name, pledge.kind);
        assert_eq!(
            pledge.amount.is_some(),
            ["money", "time"].contains(&pledge.kind),
            "{}",
            pledge.idea
        );
        assert!(pledge.amount.is_none_or(|a| (1..=2000).contains(&a)));
        assert!(pledge.dates.chars().count() <= 200 && pledge.note.chars().count() <= 1000);
        let (offered, answered, fulfilled) = pledge.days;
        match pledge.status {
            "offered" => assert!(answered.is_none() && fulfilled.is_none()),
            "accepted" | "declined" => {
                assert!(answered.is_some_and(|a| a < offered) && fulfilled.is_none())
            }
            "fulfilled" => {
                assert!(matches!((answered, fulfilled), (Some(a), Some(f)) if f < a && a < offered))
            }
            other => panic!("unknown status {other}"),
        }
        statuses.insert(pledge.status);
        kinds.insert(pledge.kind);
        assert!(!BACKED_BY_TESTS.contains(&pledge.idea), "{}", pledge.idea);
        // Offered after the idea was shared (and, for the year's, after its organisation joined).
        let shared = demo
            .ideas
            .iter()
            .find(|i| i.title == pledge.idea)
            .map(|i| i.days_ago)
            .or_else(|| {
                crate::demo::year::ideas()
                    .find(|i| i.title == pledge.idea)
                    .and_then(|i| i.path.first().copied())
            })
            .unwrap_or_else(|| panic!("no idea {}", pledge.idea));
        assert!(offered < shared && offered < org.joined, "{}", pledge.idea);
    }
    assert!((20..=25).contains(&pledges::PLEDGES.len()));
    assert_eq!((statuses.len(), kinds.len()), (4, 4));
}

#[test]
fn the_new_mentors_are_adults_one_at_capacity_one_beyond_and_some_teams_have_none() {
    let (demo, teams) = demo();
    let person = |key: &str| {
        demo.people
            .iter()
            .find(|p| p.key == key)
            .unwrap_or_else(|| panic!("unknown person {key}"))
    };
    for (key, slug, _) in PARTNERS {
        assert!(person(key).age.is_some_and(|a| a >= 18) && !ACCOUNTS.contains(&key));
        assert!(organisation(slug).is_ok());
    }
    for (key, expertise, capacity, _) in MENTORS {
        let who = person(key);
        assert!(who.age.is_some_and(|a| a >= 18), "{key} is an adult");
        assert!(!who.mentor && !ACCOUNTS.contains(&key), "{key}");
        assert!(!expertise.is_empty() && (1..=4).contains(&capacity));
        let guided: Vec<bool> = GUIDES.iter().filter(|g| g.0 == key).map(|g| g.3).collect();
        // Beyond capacity exactly from the first team past it.
        for (i, beyond) in guided.iter().enumerate() {
            assert_eq!(*beyond, i as i64 >= capacity, "{key}");
        }
    }
    let load = |key: &str| GUIDES.iter().filter(|g| g.0 == key).count() as i64;
    assert_eq!(load("kestutis"), 2, "at capacity");
    assert!(load("aldona") > 1, "beyond capacity");
    assert!(load("emily") < 3 && load("andrii") < 2, "room for more");
    for (key, team, after, _) in GUIDES {
        assert!(MENTORS.iter().any(|m| m.0 == key) && (1..=14).contains(&after));
        let year =
            crate::demo::year::ideas().find(|i| i.team.as_ref().is_some_and(|t| t.name == team));
        let (crew, open): (Vec<&str>, bool) = match year {
            Some(idea) => {
                let t = idea.team.as_ref().expect("a team");
                let mut crew = vec![t.lead];
                crew.extend(t.members);
                (crew, idea.path.len() < 6 && idea.archived.is_none())
            }
            None => {
                let t = teams
                    .teams
                    .iter()
                    .find(|t| t.name == team)
                    .unwrap_or_else(|| panic!("no team {team}"));
                let stage = &demo
                    .ideas
                    .iter()
                    .find(|i| i.key == t.idea)
                    .expect("idea")
                    .stage;
                let crew = t.members.iter().map(|m| m.person.as_str()).collect();
                (crew, !["realised", "archived"].contains(&stage.as_str()))
            }
        };
        assert!(!crew.contains(&key), "{key} is in {team} already");
        assert!(open, "{team} counts in {key}'s load");
        // The gates' stories assign Aistė to these two teams.
        assert!(!team.starts_with("Šilainių kiemų kino") && !team.starts_with("Vitrinų"));
    }
    let unguided = crate::demo::year::ideas()
        .filter_map(|i| i.team.as_ref())
        .filter(|t| GUIDES.iter().all(|g| g.1 != t.name))
        .count();
    assert!(unguided >= 3, "some teams have no mentor");
}
