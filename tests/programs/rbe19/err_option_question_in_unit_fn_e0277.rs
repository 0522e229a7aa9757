// `?` on an Option inside a function returning () is E0277.
fn first_char(s: &str) {
    let c = s.chars().next()?;
    println!("{}", c);
}

fn main() {
    first_char("hi");
}
// error: E0277 at 3:29
