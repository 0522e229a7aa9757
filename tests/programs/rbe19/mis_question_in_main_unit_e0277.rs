// `?` in a main returning () is E0277.
fn main() {
    let n: i32 = "5".parse()?;
    println!("{}", n);
}
// error: E0277 at 3:29
