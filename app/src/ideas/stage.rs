//! An idea's stages and the rules for moving between them. The authors move between spark and
//! shaping and anyone with the right archives ([`may_move`]); the gates past "team" open in
//! their own ways ([`opening`]): a workshop attended, a mentor's sign-off, the steering group's
//! word that it was done. Everything that moves an idea asks these functions.

crate::coded! {
    /// spark → shaping → team → workshop → ready → realised; archived at any point, with a reason.
    pub enum Stage {
        Spark = "spark" => stage_spark,
        Shaping = "shaping" => stage_shaping,
        Team = "team" => stage_team,
        Workshop = "workshop" => stage_workshop,
        Ready = "ready" => stage_ready,
        Realised = "realised" => stage_realised,
        Archived = "archived" => stage_archived,
    }
}

impl Stage {
    /// The position on the path (archived is off the path).
    pub fn step(self) -> Option<usize> {
        Stage::ALL[..6].iter().position(|s| *s == self)
    }
}

/// Who is asking to move an idea. A person can be several of these at once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Mover {
    /// The idea's author or a co-author.
    pub editor: bool,
    pub steering: bool,
    /// A lead or member of the idea's team.
    pub team: bool,
    /// A mentor of the idea's team (assigned by the steering group or accepted by the team).
    pub mentor: bool,
}

/// How the gate after a stage opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Opening {
    /// team → workshop: when one of the team's people has attended a workshop.
    Attendance,
    /// workshop → ready: the team asks, a mentor of the team (or the steering group) signs off.
    SignOff,
    /// ready → realised: the team shows it was done, the steering group confirms (for a
    /// festival intervention, not before the festival's day).
    Done,
}

/// The next gate after `from` and how it opens; `None` at the end of the path or off it.
pub fn opening(from: Stage) -> Option<(Stage, Opening)> {
    match from {
        Stage::Team => Some((Stage::Workshop, Opening::Attendance)),
        Stage::Workshop => Some((Stage::Ready, Opening::SignOff)),
        Stage::Ready => Some((Stage::Realised, Opening::Done)),
        _ => None,
    }
}

/// The stage the team may ask to move to from `from`: the next gate, when it opens on request
/// and the asker is in the team or an author.
pub fn may_ask(from: Stage, mover: Mover) -> Option<Stage> {
    match opening(from) {
        Some((to, Opening::SignOff | Opening::Done)) if mover.team || mover.editor => Some(to),
        _ => None,
    }
}

/// Who decides a request to move to `to`: a mentor of the team or the steering group for
/// "ready", the steering group alone for "realised"; never an author of the idea or one of its
/// team (nobody signs off their own idea).
pub fn may_decide(to: Stage, mover: Mover) -> bool {
    if mover.editor || mover.team {
        return false;
    }
    match to {
        Stage::Ready => mover.mentor || mover.steering,
        Stage::Realised => mover.steering,
        _ => false,
    }
}

/// Whether an idea may be confirmed realised on `today` (`YYYY-MM-DD`): when it has festival
/// interventions, only after the last festival day they are on.
pub fn realised_allowed(festival_day: Option<&str>, today: &str) -> bool {
    festival_day.is_none_or(|day| day < today)
}

/// The stage an idea moves to when one of its team's people attends a workshop.
pub fn on_attended(from: Stage) -> Option<Stage> {
    (from == Stage::Team).then_some(Stage::Workshop)
}

/// Who may open the gate from one stage to another, or `None` when no one may (yet).
fn gate(from: Stage, to: Stage) -> Option<fn(Mover) -> bool> {
    use Stage::*;
    let editors: fn(Mover) -> bool = |m| m.editor;
    let editors_or_steering: fn(Mover) -> bool = |m| m.editor || m.steering;
    match (from, to) {
        // The authors refine their idea, and may step back.
        (Spark, Shaping) | (Shaping, Spark) => Some(editors),
        // Any idea can be archived with a reason, and brought back to shaping.
        (Archived, Archived) => None,
        (_, Archived) => Some(editors_or_steering),
        (Archived, Shaping) => Some(editors_or_steering),
        // Team (formed with a team), workshop, ready and realised (a mentor's sign-off) are
        // opened by the features that own them.
        _ => None,
    }
}

/// The stage an idea moves to when a team forms around it: an idea still in spark or shaping
/// goes to the team stage; one further along stays where it is. `None` also for an archived
/// idea, which cannot get a team (the caller refuses it).
pub fn on_team_formed(from: Stage) -> Option<Stage> {
    matches!(from, Stage::Spark | Stage::Shaping).then_some(Stage::Team)
}

/// Whether `mover` may move an idea from `from` to `to`.
pub fn may_move(from: Stage, to: Stage, mover: Mover) -> bool {
    gate(from, to).is_some_and(|allowed| allowed(mover))
}

/// The stages `mover` may move an idea to from `from`, in path order.
pub fn moves_from(from: Stage, mover: Mover) -> Vec<Stage> {
    Stage::ALL
        .into_iter()
        .filter(|to| may_move(from, *to, mover))
        .collect()
}

/// What the authors of an idea should do next (their start page says it): answer open mentor
/// feedback first, then the move the stage calls for.
pub fn next_step(stage: Stage, open_feedback: i64) -> crate::common::start::StartNote {
    use crate::common::start::StartNote;
    if open_feedback > 0 && !matches!(stage, Stage::Realised | Stage::Archived) {
        return StartNote::NextFeedback;
    }
    match stage {
        Stage::Spark => StartNote::NextShape,
        Stage::Shaping => StartNote::NextTeam,
        Stage::Team | Stage::Workshop => StartNote::NextWorkshop,
        Stage::Ready => StartNote::NextFestival,
        Stage::Realised | Stage::Archived => StartNote::Done,
    }
}

pub fn stage_of(code: &str) -> Stage {
    Stage::from_code(code).unwrap_or(Stage::Spark)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_step_is_open_feedback_first_then_the_stage_s_move() {
        use crate::common::start::StartNote;
        assert_eq!(next_step(Stage::Spark, 0), StartNote::NextShape);
        assert_eq!(next_step(Stage::Shaping, 0), StartNote::NextTeam);
        assert_eq!(next_step(Stage::Shaping, 2), StartNote::NextFeedback);
        assert_eq!(next_step(Stage::Team, 0), StartNote::NextWorkshop);
        assert_eq!(next_step(Stage::Ready, 0), StartNote::NextFestival);
        assert_eq!(next_step(Stage::Realised, 3), StartNote::Done);
        assert_eq!(next_step(Stage::Archived, 0), StartNote::Done);
    }

    const EDITOR: Mover = Mover {
        editor: true,
        steering: false,
        team: false,
        mentor: false,
    };
    const STEERING: Mover = Mover {
        editor: false,
        steering: true,
        team: false,
        mentor: false,
    };
    const STRANGER: Mover = Mover {
        editor: false,
        steering: false,
        team: false,
        mentor: false,
    };
    const MEMBER: Mover = Mover {
        editor: false,
        steering: false,
        team: true,
        mentor: false,
    };
    const MENTOR: Mover = Mover {
        editor: false,
        steering: false,
        team: false,
        mentor: true,
    };

    #[test]
    fn the_gates_past_team_open_each_their_own_way() {
        assert_eq!(
            opening(Stage::Team),
            Some((Stage::Workshop, Opening::Attendance))
        );
        assert_eq!(
            opening(Stage::Workshop),
            Some((Stage::Ready, Opening::SignOff))
        );
        assert_eq!(
            opening(Stage::Ready),
            Some((Stage::Realised, Opening::Done))
        );
        for stage in [
            Stage::Spark,
            Stage::Shaping,
            Stage::Realised,
            Stage::Archived,
        ] {
            assert_eq!(opening(stage), None, "{stage:?}");
        }
        assert_eq!(on_attended(Stage::Team), Some(Stage::Workshop));
        assert_eq!(on_attended(Stage::Workshop), None);
        assert_eq!(on_attended(Stage::Shaping), None);
    }

    #[test]
    fn the_team_asks_and_a_mentor_or_the_steering_group_decides() {
        assert_eq!(may_ask(Stage::Workshop, MEMBER), Some(Stage::Ready));
        assert_eq!(may_ask(Stage::Workshop, EDITOR), Some(Stage::Ready));
        assert_eq!(may_ask(Stage::Ready, MEMBER), Some(Stage::Realised));
        // Attending a workshop is not asked for, and strangers or mentors do not ask.
        assert_eq!(may_ask(Stage::Team, MEMBER), None);
        assert_eq!(may_ask(Stage::Workshop, STRANGER), None);
        assert_eq!(may_ask(Stage::Workshop, MENTOR), None);
        assert_eq!(may_ask(Stage::Realised, MEMBER), None);

        assert!(may_decide(Stage::Ready, MENTOR));
        assert!(may_decide(Stage::Ready, STEERING));
        assert!(!may_decide(Stage::Ready, MEMBER));
        assert!(!may_decide(Stage::Ready, EDITOR));
        assert!(may_decide(Stage::Realised, STEERING));
        assert!(
            !may_decide(Stage::Realised, MENTOR),
            "the steering group confirms realised"
        );
        assert!(!may_decide(Stage::Workshop, STEERING));
        // Nobody signs off their own idea: an author who mentors, a steering member in the team.
        let author_mentor = Mover {
            editor: true,
            ..MENTOR
        };
        let steering_member = Mover {
            team: true,
            ..STEERING
        };
        assert!(!may_decide(Stage::Ready, author_mentor));
        assert!(!may_decide(Stage::Ready, steering_member));
        assert!(!may_decide(Stage::Realised, steering_member));
    }

    #[test]
    fn a_festival_idea_is_realised_only_after_its_day() {
        assert!(realised_allowed(None, "2027-05-01"));
        assert!(!realised_allowed(Some("2027-05-15"), "2027-05-01"));
        assert!(!realised_allowed(Some("2027-05-15"), "2027-05-15"));
        assert!(realised_allowed(Some("2027-05-15"), "2027-05-16"));
    }

    #[test]
    fn authors_move_between_spark_and_shaping() {
        assert!(may_move(Stage::Spark, Stage::Shaping, EDITOR));
        assert!(may_move(Stage::Shaping, Stage::Spark, EDITOR));
        assert!(!may_move(Stage::Spark, Stage::Shaping, STEERING));
        assert!(!may_move(Stage::Spark, Stage::Shaping, STRANGER));
    }

    #[test]
    fn no_one_moves_an_idea_past_shaping_by_hand() {
        for to in [Stage::Team, Stage::Workshop, Stage::Ready, Stage::Realised] {
            for mover in [EDITOR, STEERING] {
                assert!(!may_move(Stage::Shaping, to, mover), "{to:?}");
            }
        }
    }

    #[test]
    fn archiving_and_back() {
        assert_eq!(
            moves_from(Stage::Team, EDITOR),
            vec![Stage::Archived],
            "a team-stage idea can only be archived by its authors"
        );
        assert!(may_move(Stage::Ready, Stage::Archived, STEERING));
        assert!(!may_move(Stage::Ready, Stage::Archived, STRANGER));
        assert_eq!(moves_from(Stage::Archived, STEERING), vec![Stage::Shaping]);
        assert_eq!(
            moves_from(Stage::Spark, EDITOR),
            vec![Stage::Shaping, Stage::Archived]
        );
    }

    #[test]
    fn forming_a_team_moves_early_ideas_to_the_team_stage() {
        assert_eq!(on_team_formed(Stage::Spark), Some(Stage::Team));
        assert_eq!(on_team_formed(Stage::Shaping), Some(Stage::Team));
        for stage in [
            Stage::Team,
            Stage::Workshop,
            Stage::Ready,
            Stage::Realised,
            Stage::Archived,
        ] {
            assert_eq!(on_team_formed(stage), None, "{stage:?}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for stage in Stage::ALL {
            assert_eq!(Stage::from_code(stage.code()), Some(stage));
        }
        assert_eq!(Stage::Archived.step(), None);
        assert_eq!(Stage::Realised.step(), Some(5));
    }
}
