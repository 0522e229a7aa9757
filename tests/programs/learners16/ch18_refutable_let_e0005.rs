// let Some(x) = some_option_value; a refutable pattern in a plain let: E0005.
fn main() {
    let some_option_value: Option<i32> = None;
    let Some(x) = some_option_value;
    println!("{}", x);
}
// error: E0005 at 4:9
