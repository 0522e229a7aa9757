// A `&&String` (a filter closure's item, a reference to a reference) coerces to `&str` by dereferencing twice.
fn shout(s: &str) -> usize {
    s.len()
}

fn main() {
    let names = vec![String::from("ann"), String::from("bobby")];
    let n = names.iter().filter(|s| shout(s) > 3).count();
    println!("{}", n);
    let r = &names[0];
    let rr = &r;
    println!("{} {}", shout(rr), shout(&rr));
}
// expect: 1
// expect: 3 3
