// A &str parameter accepting a String slice, a literal and a &String through deref coercion.
fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next()).collect()
}

fn main() {
    let full = String::from("Grace Brewster Hopper");
    println!("{}", initials(&full));
    println!("{}", initials(&full[6..]));
    println!("{}", initials("Alan Turing"));
}
// expect: GBH
// expect: BH
// expect: AT
