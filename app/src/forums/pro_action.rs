//! Pro Action Café, as plain data and rules: case holders bring an idea already on Santaka
//! with their quest; tables form around the cases (table k is the k-th case); afterwards the
//! holder turns what their table harvested into next steps: a comment on the idea and tasks in
//! its team's workspace.
use crate::common::ids::{IdeaId, SegmentId};
use serde::{Deserialize, Serialize};

pub const QUEST_MAX: usize = 300;
/// At most this many next steps from one case.
pub const STEPS_MAX: usize = 10;

/// A case at a Pro Action Café.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    pub id: i64,
    pub segment: SegmentId,
    /// The table it is discussed at (from 1).
    pub table: u32,
    pub idea: IdeaId,
    pub idea_title: String,
    pub holder: String,
    pub holder_id: i64,
    /// What the holder wants help with.
    pub quest: String,
    pub lang: String,
    /// The next steps the holder recorded, one per line, once they have.
    pub next_steps: Option<String>,
    /// The idea has a team: the next steps also become its tasks.
    pub has_team: bool,
}

/// The next steps as typed, one per line (blank lines skipped). The error is the field's code.
pub fn steps_of(text: &str) -> Result<Vec<String>, &'static str> {
    let steps: Vec<String> = text
        .lines()
        .map(str::trim)
        .map(|l| l.trim_start_matches(['-', '*', '•']).trim())
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect();
    if steps.is_empty() {
        return Err("missing");
    }
    if steps.len() > STEPS_MAX {
        return Err("too_many");
    }
    if steps
        .iter()
        .any(|s| s.chars().count() < 3 || s.chars().count() > 200)
    {
        return Err("step_length");
    }
    Ok(steps)
}

/// The comment the next steps leave on the idea: where they came from, the quest, the steps.
pub fn steps_comment(forum: &str, quest: &str, steps: &[String]) -> String {
    let mut out = format!("**{forum} · Pro Action Café**\n\n> {quest}\n\n");
    for step in steps {
        out.push_str("- ");
        out.push_str(step);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_steps_are_lines_each_a_task_title() {
        assert_eq!(
            steps_of("- Susitikti su seniūnija\n\n• Rasti 3 savanorius\nParašyti paraišką"),
            Ok(vec![
                "Susitikti su seniūnija".to_string(),
                "Rasti 3 savanorius".to_string(),
                "Parašyti paraišką".to_string()
            ])
        );
        assert_eq!(steps_of(" \n- \n"), Err("missing"));
        assert_eq!(steps_of("ok"), Err("step_length"));
        let many: String = (0..11).map(|i| format!("Žingsnis {i}\n")).collect();
        assert_eq!(steps_of(&many), Err("too_many"));
    }

    #[test]
    fn the_comment_names_the_forum_the_quest_and_each_step() {
        let text = steps_comment(
            "Jaunimo Kaunas 2027",
            "Kaip rasti salę?",
            &["Paskambinti mokyklai".into(), "Sudaryti biudžetą".into()],
        );
        assert!(text.starts_with("**Jaunimo Kaunas 2027 · Pro Action Café**"));
        assert!(text.contains("> Kaip rasti salę?"));
        assert!(text.contains("- Paskambinti mokyklai\n- Sudaryti biudžetą\n"));
    }
}
