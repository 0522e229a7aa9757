// Yacht (Exercism): dice counted into an array, scored for each category by a match, straights compared as sorted arrays.
#[derive(Debug, Clone, Copy)]
enum Category {
    Ones,
    Sixes,
    FullHouse,
    FourOfAKind,
    LittleStraight,
    BigStraight,
    Choice,
    Yacht,
}

fn score(dice: [u8; 5], category: Category) -> u8 {
    let mut counts = [0u8; 7];
    for d in dice {
        counts[d as usize] += 1;
    }
    let mut sorted = dice;
    sorted.sort();
    match category {
        Category::Ones => counts[1],
        Category::Sixes => counts[6] * 6,
        Category::FullHouse => {
            if counts.contains(&3) && counts.contains(&2) {
                dice.iter().sum()
            } else {
                0
            }
        }
        Category::FourOfAKind => match counts.iter().position(|&c| c >= 4) {
            Some(face) => face as u8 * 4,
            None => 0,
        },
        Category::LittleStraight => if sorted == [1, 2, 3, 4, 5] { 30 } else { 0 },
        Category::BigStraight => if sorted == [2, 3, 4, 5, 6] { 30 } else { 0 },
        Category::Choice => dice.iter().sum(),
        Category::Yacht => if counts.iter().any(|&c| c == 5) { 50 } else { 0 },
    }
}

fn main() {
    let rolls = [[1, 1, 1, 1, 1], [2, 2, 3, 3, 3], [3, 3, 3, 3, 5], [1, 3, 2, 5, 4], [6, 5, 4, 3, 2]];
    let cats = [Category::Ones, Category::Sixes, Category::FullHouse, Category::FourOfAKind, Category::LittleStraight, Category::BigStraight, Category::Choice, Category::Yacht];
    for r in rolls {
        let scores: Vec<String> = cats.iter().map(|&c| format!("{:?}={}", c, score(r, c))).collect();
        println!("{:?}: {}", r, scores.join(" "));
    }
}
// expect: [1, 1, 1, 1, 1]: Ones=5 Sixes=0 FullHouse=0 FourOfAKind=4 LittleStraight=0 BigStraight=0 Choice=5 Yacht=50
// expect: [2, 2, 3, 3, 3]: Ones=0 Sixes=0 FullHouse=13 FourOfAKind=0 LittleStraight=0 BigStraight=0 Choice=13 Yacht=0
// expect: [3, 3, 3, 3, 5]: Ones=0 Sixes=0 FullHouse=0 FourOfAKind=12 LittleStraight=0 BigStraight=0 Choice=17 Yacht=0
// expect: [1, 3, 2, 5, 4]: Ones=1 Sixes=0 FullHouse=0 FourOfAKind=0 LittleStraight=30 BigStraight=0 Choice=15 Yacht=0
// expect: [6, 5, 4, 3, 2]: Ones=0 Sixes=6 FullHouse=0 FourOfAKind=0 LittleStraight=0 BigStraight=30 Choice=20 Yacht=0
