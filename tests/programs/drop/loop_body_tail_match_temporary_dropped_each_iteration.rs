// A `for` body ending in a `match` (no semicolon) whose scrutinee makes a temporary String: the temporary is dropped at the end of each iteration, after the arm runs, as rustc does (the engine kept every iteration's String until the loop ended; from difftest seed 3027009256).
fn score(pair: &(i32, String)) -> usize {
    pair.0 as usize + pair.1.len()
}

fn main() {
    for i in 0..3 {
        match (score(&(i, format!("{:?}", vec![i]))) % 3, 'x') {
            (n, m) => println!("{} {}", n, m),
        }
    }
}
// expect: 0 x
// expect: 1 x
// expect: 2 x
