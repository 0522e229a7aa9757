// Deref coercion: &Box<String> passed where &str is expected, and a method through two levels.
fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn main() {
    let b: Box<String> = Box::new(String::from("quiet"));
    println!("{}", shout(&b));
    let rb = &b;
    println!("{} {}", rb.len(), shout(rb));
    let nested = Box::new(Box::new(7));
    println!("{}", **nested + 1);
}
// expect: QUIET
// expect: 5 QUIET
// expect: 8
