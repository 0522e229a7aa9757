// A plain let with a refutable pattern is E0005.
fn main() {
    let some_option_value: Option<i32> = None;
    let Some(x) = some_option_value;
    println!("{x}");
}
// error: E0005 at 4:9
