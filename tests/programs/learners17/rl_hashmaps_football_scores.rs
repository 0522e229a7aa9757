// Rustlings-style: building a scores table from match results with a Team struct updated through entry().or_default().
use std::collections::HashMap;

#[derive(Default, Debug)]
struct Team {
    goals_scored: u8,
    goals_conceded: u8,
}

fn build_scores_table(results: &str) -> HashMap<&str, Team> {
    let mut scores = HashMap::new();
    for line in results.lines() {
        let mut split_iterator = line.split(',');
        let team_1_name = split_iterator.next().unwrap();
        let team_2_name = split_iterator.next().unwrap();
        let team_1_score: u8 = split_iterator.next().unwrap().parse().unwrap();
        let team_2_score: u8 = split_iterator.next().unwrap().parse().unwrap();

        let team_1: &mut Team = scores.entry(team_1_name).or_default();
        team_1.goals_scored += team_1_score;
        team_1.goals_conceded += team_2_score;

        let team_2 = scores.entry(team_2_name).or_insert_with(Team::default);
        team_2.goals_scored += team_2_score;
        team_2.goals_conceded += team_1_score;
    }
    scores
}

fn main() {
    let results = "England,France,4,2
France,Italy,3,1
Poland,Spain,2,0
Germany,England,2,1
England,Spain,1,0";
    let scores = build_scores_table(results);
    let mut names: Vec<&&str> = scores.keys().collect();
    names.sort();
    for name in names {
        let team = &scores[*name];
        println!("{}: scored {} conceded {}", name, team.goals_scored, team.goals_conceded);
    }
}
// expect: England: scored 6 conceded 4
// expect: France: scored 5 conceded 5
// expect: Germany: scored 2 conceded 1
// expect: Italy: scored 1 conceded 3
// expect: Poland: scored 2 conceded 0
// expect: Spain: scored 0 conceded 3
