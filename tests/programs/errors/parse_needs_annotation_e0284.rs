// `parse()` whose target type nothing decides is error E0284.
fn main() {
    println!("{}", "5".parse().unwrap());
}
// error: E0284 at 3:24
