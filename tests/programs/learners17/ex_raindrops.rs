// Exercism-style: raindrops, building a String from factor sounds or falling back to the number.
fn raindrops(n: u32) -> String {
    let mut s = String::new();
    for (factor, sound) in [(3, "Pling"), (5, "Plang"), (7, "Plong")] {
        if n % factor == 0 {
            s.push_str(sound);
        }
    }
    if s.is_empty() {
        n.to_string()
    } else {
        s
    }
}

fn main() {
    for n in [1, 3, 5, 7, 15, 21, 35, 52, 105, 3125] {
        println!("{} -> {}", n, raindrops(n));
    }
}
// expect: 1 -> 1
// expect: 3 -> Pling
// expect: 5 -> Plang
// expect: 7 -> Plong
// expect: 15 -> PlingPlang
// expect: 21 -> PlingPlong
// expect: 35 -> PlangPlong
// expect: 52 -> 52
// expect: 105 -> PlingPlangPlong
// expect: 3125 -> Plang
