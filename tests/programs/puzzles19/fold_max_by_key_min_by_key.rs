// fold for a running product, max_by_key and min_by_key over (name, score) pairs parsed from "name=score" tokens.
fn main() {
    let input = "ann=7 bob=12 cy=3 dee=12";
    let scores: Vec<(&str, i32)> = input
        .split_whitespace()
        .map(|t| {
            let (n, s) = t.split_once('=').unwrap();
            (n, s.parse().unwrap())
        })
        .collect();
    let best = scores.iter().max_by_key(|(_, s)| *s).unwrap();
    let worst = scores.iter().min_by_key(|(_, s)| *s).unwrap();
    let product = scores.iter().fold(1i64, |acc, (_, s)| acc * *s as i64);
    println!("best {:?} worst {:?} product {}", best, worst, product);
    let first_best = scores.iter().rev().max_by_key(|(_, s)| *s).unwrap();
    println!("{}", first_best.0);
}
// expect: best ("dee", 12) worst ("cy", 3) product 3024
// expect: bob
