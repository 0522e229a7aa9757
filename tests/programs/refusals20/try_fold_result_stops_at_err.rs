// try_fold with a Result: Ok carries the accumulator on, the first Err stops the fold and is its value; the closure runs only up to it.
fn main() {
    let words = ["3", "4", "x", "5"];
    let mut calls = 0;
    let total: Result<i32, String> = words.iter().try_fold(0, |acc, w| {
        calls += 1;
        match w.parse::<i32>() {
            Ok(n) => Ok(acc + n),
            Err(_) => Err(format!("bad word {}", w)),
        }
    });
    println!("{:?} after {} calls", total, calls);
    let good: Result<i32, String> = ["1", "2"].iter().try_fold(0, |acc, w| w.parse::<i32>().map(|n| acc * 10 + n).map_err(|e| e.to_string()));
    println!("{:?}", good);
}
// expect: Err("bad word x") after 3 calls
// expect: Ok(12)
