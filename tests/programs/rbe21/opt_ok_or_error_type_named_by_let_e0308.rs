// ok_or's error type named by the `let` (`Result<i32, String>`): a `&str` error is E0308 at the argument, not at the whole call.
fn first_even(v: &[i32]) -> Option<i32> {
    v.iter().copied().find(|x| x % 2 == 0)
}
fn main() {
    let numbers = vec![3, 5, 8, 9];
    let found: Result<i32, String> = first_even(&numbers).ok_or("no even number");
    println!("{:?}", found);
}
// error: E0308 at 7:65
