// Using `?` inside a function returning () : E0277 the `?` operator can only be used in a function that returns Result or Option.
fn read_age(s: &str) {
    let n: u32 = s.parse()?;
    println!("{}", n);
}

fn main() {
    read_age("5");
}
// error: E0277 at 3:27
