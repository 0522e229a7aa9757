// ? inside a closure that returns () is E0277.
fn main() {
    let strs = vec!["1", "2"];
    let nums: Vec<i32> = strs.iter().map(|s| {
        let n: i32 = s.parse()?;
        n
    }).collect();
    println!("{nums:?}");
}
// error: E0277 at 5:31
