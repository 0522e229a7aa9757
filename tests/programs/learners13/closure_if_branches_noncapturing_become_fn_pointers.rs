// Two non-capturing closures in the branches of an if: rustc coerces both to one fn pointer type, so it runs.
fn main() {
    let double = true;
    let f = if double { |x: i32| x * 2 } else { |x: i32| x + 2 };
    println!("{}", f(5));
}
// expect: 10
