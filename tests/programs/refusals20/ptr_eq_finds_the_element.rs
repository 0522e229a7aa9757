// std::ptr::eq finds which element of a Vec a reference points at, telling apart equal Strings, where == would match the first equal one.
#[derive(Debug, PartialEq)]
struct Player {
    name: String,
    score: u32,
}

fn index_of(team: &[Player], who: &Player) -> Option<usize> {
    team.iter().position(|p| std::ptr::eq(p, who))
}

fn main() {
    let team = vec![
        Player { name: String::from("Ana"), score: 3 },
        Player { name: String::from("Ana"), score: 3 },
        Player { name: String::from("Bo"), score: 7 },
    ];
    let second = &team[1];
    println!("by ==: {:?}", team.iter().position(|p| p == second));
    println!("by ptr::eq: {:?}", index_of(&team, second));
    let outside = Player { name: String::from("Ana"), score: 3 };
    println!("outside: {:?}", index_of(&team, &outside));
}
// expect: by ==: Some(0)
// expect: by ptr::eq: Some(1)
// expect: outside: None
